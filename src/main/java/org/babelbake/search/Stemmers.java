package org.babelbake.search;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Lucene's stemmers by language (Snowball for English, German, Russian, French and Spanish;
 * Lucene's Arabic normaliser and prefix/suffix stemmer for Arabic); other languages are
 * matched by their folded words. A stemmer keeps state, so each analyser makes its own.
 */
final class Stemmers {
    private Stemmers() {
    }

    /** @param language the primary language subtag, e.g. {@code de} of {@code de-AT} */
    static UnaryOperator<String> forLanguage(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> snowball(EnglishStemmer::new);
            case "de" -> snowball(GermanStemmer::new);
            case "ru" -> snowball(RussianStemmer::new);
            case "fr" -> snowball(FrenchStemmer::new);
            case "es" -> snowball(SpanishStemmer::new);
            case "ar" -> arabic();
            default -> UnaryOperator.identity();
        };
    }

    private static UnaryOperator<String> snowball(Supplier<SnowballStemmer> make) {
        SnowballStemmer stemmer = make.get();
        return word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        };
    }

    private static UnaryOperator<String> arabic() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        ArabicStemmer stemmer = new ArabicStemmer();
        return word -> {
            char[] chars = word.toCharArray();
            int length = stemmer.stem(chars, normalizer.normalize(chars, chars.length));
            return new String(chars, 0, length);
        };
    }
}

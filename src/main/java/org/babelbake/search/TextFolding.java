package org.babelbake.search;

import com.ibm.icu.text.Normalizer2;

import java.util.regex.Pattern;

/**
 * Case and accent folding of words for search, identical on both sides: this class at build
 * time and {@code assets/search.js} on the query. Accents are removed only where they are
 * diacritics a reader may or may not type (Latin, Greek, Cyrillic combining marks; Arabic
 * harakat, which Lucene's Arabic normaliser drops too); marks that are letters' vowels in other
 * scripts (Devanagari, Thai) are kept, so those words keep their meaning.
 */
public final class TextFolding {
    /** Removed after canonical decomposition; search.js removes the same ranges. */
    static final Pattern DIACRITICS = Pattern.compile("[\\u0300-\\u036f\\u064b-\\u065f\\u0670]");
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextFolding() {
    }

    /** A word as the index compares it: without diacritics, NFKC case-folded (ß is ss, Σ ς are σ). */
    public static String fold(String word) {
        return CASEFOLD.normalize(DIACRITICS.matcher(NFD.normalize(word)).replaceAll(""));
    }
}

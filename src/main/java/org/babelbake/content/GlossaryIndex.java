package org.babelbake.content;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import org.babelbake.locale.SiteLocale;

import java.util.ArrayList;
import java.util.List;

/**
 * A glossary in the order and under the index letters of its locale: ICU's collator sorts the
 * terms and ICU's {@link AlphabeticIndex} groups them (pinyin letters for Chinese, Cyrillic
 * letters for Russian, with a Latin group for untranslated terms).
 */
public record GlossaryIndex(List<Letter> letters) {

    /** One index letter and its terms, in collation order. */
    public record Letter(String label, String anchor, List<Localized<GlossaryTerm>> terms) {
    }

    public static GlossaryIndex of(List<Localized<GlossaryTerm>> terms, SiteLocale locale) {
        if (terms.isEmpty()) return new GlossaryIndex(List.of()); // ICU's index costs more than a page to set up
        AlphabeticIndex<Localized<GlossaryTerm>> index = new AlphabeticIndex<Localized<GlossaryTerm>>(locale.ulocale())
                .addLabels(ULocale.ENGLISH);
        terms.forEach(t -> index.addRecord(t.value().term(), t));
        List<Letter> letters = new ArrayList<>();
        int n = 0;
        for (AlphabeticIndex.Bucket<Localized<GlossaryTerm>> bucket : index) {
            n++;
            if (bucket.size() == 0) continue;
            List<Localized<GlossaryTerm>> inBucket = new ArrayList<>();
            bucket.forEach(record -> inBucket.add(record.getData()));
            letters.add(new Letter(bucket.getLabel(), "letter-" + n, inBucket));
        }
        return new GlossaryIndex(List.copyOf(letters));
    }

    /** All terms in collation order. */
    public List<Localized<GlossaryTerm>> terms() {
        return letters.stream().flatMap(l -> l.terms().stream()).toList();
    }
}

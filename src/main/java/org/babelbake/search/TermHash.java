package org.babelbake.search;

/**
 * The number that stands for a term in the index: FNV-1a over the UTF-16 code units, cut to
 * the index's width. search.js computes the same number with {@code Math.imul}, so the index
 * ships numbers instead of words (a fraction of the text's size); a rare collision only adds a
 * candidate that the browser then fails to find in the section's text.
 */
record TermHash(int bits) {
    TermHash {
        if (bits < 12 || bits > 30) throw new IllegalArgumentException("hash width must be 12-30 bits, was " + bits);
    }

    /**
     * About 256 numbers per term: an unknown word's lookups (its prefixes) meet a term by chance
     * about once in 60 such words; each extra bit would cost a fifth of a character per term.
     */
    static TermHash forTerms(int terms) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, terms) * 256);
        return new TermHash(Math.max(12, Math.min(30, bits)));
    }

    int of(String term) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 16777619;
        }
        return h & ((1 << bits) - 1);
    }
}

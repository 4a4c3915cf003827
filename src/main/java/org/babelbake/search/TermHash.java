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

    /** Wide enough that a term meets another term's number about once in 64 such indexes. */
    static TermHash forTerms(int terms) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, terms) * 64);
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

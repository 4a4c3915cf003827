package org.babelbake.search;

/**
 * Whole numbers as text that needs no escaping in JSON: base 32, most significant digit first,
 * each digit one character; {@code 0-9a-v} end a number, {@code w-zA-Z_-} mean more digits follow.
 * search.js reads them back with one loop.
 */
final class Varints {
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";

    private Varints() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int shift = 0;
        while ((value >>> shift) >= 32) shift += 5;
        for (; shift > 0; shift -= 5) out.append(DIGITS.charAt(32 + ((value >>> shift) & 31)));
        out.append(DIGITS.charAt(value & 31));
    }
}

package org.babelbake.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the site's sources, reported as {@code file:line: message}.
 *
 * @param file    path relative to the site root, with forward slashes
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do about it
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) throw new IllegalArgumentException("line must be 0 or more, was " + line);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}

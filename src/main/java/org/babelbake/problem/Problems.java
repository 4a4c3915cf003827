package org.babelbake.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every problem found in one build, from any thread, so that all of them are reported
 * together instead of stopping at the first.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public void add(String file, int line, String message) {
        add(new Problem(file, line, message));
    }

    public synchronized int size() {
        return found.size();
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in file and line order, each once. */
    public synchronized List<Problem> sorted() {
        return List.copyOf(new TreeSet<>(found));
    }

    /** Throws when anything was found, so that the caller writes nothing. */
    public void throwIfAny() {
        if (!isEmpty()) throw new BuildFailedException(sorted());
    }
}

package org.babelbake.cli;

import org.babelbake.problem.Problem;

import java.util.List;

/** Prints problems as {@code file:line: message}, one per line, on standard error. */
final class ProblemPrinter {
    static final int FAILED = 1;

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems) {
        problems.forEach(System.err::println);
    }
}

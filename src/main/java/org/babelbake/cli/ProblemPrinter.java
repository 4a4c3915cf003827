package org.babelbake.cli;

import org.babelbake.problem.BuildFailedException;
import org.babelbake.problem.Problem;

import java.util.List;
import java.util.concurrent.Callable;

/** Prints problems as {@code file:line: message}, one per line, on standard error. */
final class ProblemPrinter {
    static final int FAILED = 1;

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems) {
        problems.forEach(System.err::println);
    }

    /** Runs a command's work; problems it throws are printed and make the exit code {@link #FAILED}. */
    static int reporting(Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (BuildFailedException e) {
            print(e.problems());
            return FAILED;
        }
    }
}

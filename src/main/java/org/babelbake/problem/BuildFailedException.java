package org.babelbake.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A build stopped because its sources have problems; carries all of them. */
public final class BuildFailedException extends RuntimeException {
    private final List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a failed build has at least one problem");
        this.problems = List.copyOf(problems);
    }

    public BuildFailedException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

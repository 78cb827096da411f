package dev.chancery.input;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input (facts, scenario or rules): every problem found, each with its place. Exit code 2. */
public class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package illustrated.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The build cannot publish: carries every problem found, not just the first. */
public final class BuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public BuildFailure(Problem p) {
        this(List.of(p));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package illustrated.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems across a stage so that one build reports all of them together. */
public final class Problems {
    private final List<Problem> list = Collections.synchronizedList(new ArrayList<>());

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Throws a {@link BuildFailure} with everything collected so far, if anything was. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list());
            sorted.sort(java.util.Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file().toString())
                    .thenComparingInt(Problem::line));
            throw new BuildFailure(sorted);
        }
    }
}

package illustrated.build;

import illustrated.content.ParsedBody;
import illustrated.content.Token;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.problem.Problem;
import illustrated.problem.Problems;
import illustrated.problem.Suggest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every figure of the catalogs by id, and the catalog class that defines each (for messages about a
 * figure). A catalog that fails, or an id defined twice, is a problem at the line of the catalog's
 * source that defines it.
 *
 * @param specs     the figures by id, in catalog order
 * @param definedIn the catalog class of each figure id
 */
public record FigureIndex(Map<String, FigureSpec> specs, Map<String, Class<?>> definedIn) {
    private static final Pattern FIGURE_IN_MESSAGE = Pattern.compile("figure id '([^']*)'|figure '([^']*)'");

    public FigureIndex {
        specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        definedIn = Map.copyOf(definedIn);
    }

    /** Reads every catalog; what is wrong with one goes to {@code problems} and its figures are left out. */
    public static FigureIndex of(List<FigureCatalog> catalogs, Problems problems) {
        Map<String, FigureSpec> out = new LinkedHashMap<>();
        Map<String, Class<?>> definedIn = new HashMap<>();
        Map<String, FigureCatalog> owner = new HashMap<>();
        for (FigureCatalog c : catalogs) {
            List<FigureSpec> list;
            try {
                list = c.figures();
            } catch (RuntimeException e) {
                problems.add(catalogFailed(c, e));
                continue;
            }
            for (FigureSpec f : list) {
                FigureCatalog prev = owner.putIfAbsent(f.id(), c);
                if (prev != null) {
                    problems.add(duplicate(f.id(), c, prev));
                    continue;
                }
                out.put(f.id(), f);
                definedIn.put(f.id(), c.getClass());
            }
        }
        return new FigureIndex(out, definedIn);
    }

    /**
     * The figures the pages cite ({@code ::: figure id}, {@code [[fig:id]]}, quoted values
     * {@code id/name}), each once, in order of first use; an unknown id is a problem at its line.
     */
    public List<FigureSpec> needed(List<ParsedBody> bodies, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (ParsedBody b : bodies) {
            for (Token t : b.figureUses()) {
                String id = t.kind() == Token.Kind.VALUE && t.id() != null && t.id().contains("/")
                        ? t.id().substring(0, t.id().indexOf('/')) : t.id();
                if (id == null) {
                    continue;
                }
                if (!specs.containsKey(id)) {
                    problems.add(Problem.at(b.article().source(), t.line(), "unknown figure id '" + id + "'",
                            Suggest.didYouMean(id, specs.keySet())));
                    continue;
                }
                ids.add(id);
            }
        }
        return ids.stream().map(specs::get).toList();
    }

    /** A catalog that threw: at the line of the figure named in the message when there is one. */
    private static Problem catalogFailed(FigureCatalog c, RuntimeException e) {
        // a figure id that cannot be a file name, a missing title…
        Matcher id = FIGURE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        String bad = id.find() ? (id.group(1) != null ? id.group(1) : id.group(2)) : null;
        Path file = sourceOf(c.getClass());
        return Problem.at(file, bad == null ? 0 : lineOf(file, "\"" + bad + "\"", 1), "figure catalog "
                + c.getClass().getSimpleName() + " failed: " + e.getMessage(),
                "fix the figure definitions in that catalog (figure ids: lower-case letters, digits and '-')");
    }

    private static Problem duplicate(String id, FigureCatalog c, FigureCatalog prev) {
        Path file = sourceOf(c.getClass());
        Path prevFile = sourceOf(prev.getClass());
        int line = lineOf(file, "\"" + id + "\"", prev == c ? 2 : 1);
        int prevLine = lineOf(prevFile, "\"" + id + "\"", 1);
        return new Problem(file, line, "duplicate figure id '" + id + "'",
                "it is already defined at " + prevFile + (prevLine > 0 ? ":" + prevLine : "")
                        + "; [[fig:" + id + "]] would be ambiguous",
                "rename one of the two figures (ids are unique across all catalogs)");
    }

    /** The source file of a project class, relative to the working directory (main or test sources). */
    static Path sourceOf(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String rel = top.getName().replace('.', '/') + ".java";
        for (String root : List.of("generator/src/main/java/", "generator/src/test/java/")) {
            if (Files.exists(Path.of(root + rel))) {
                return Path.of(root + rel);
            }
        }
        return Path.of("generator/src/main/java/" + rel);
    }

    /** 1-based line of the n-th line containing {@code needle}, or 0. */
    static int lineOf(Path file, String needle, int nth) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle) && ++seen == nth) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // no source at hand (a packaged generator): the file name alone must do
        }
        return 0;
    }
}

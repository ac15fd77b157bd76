package illustrated.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.problem.Problems;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.fixture.FixtureProject;
import illustrated.simulation.Simulation;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figure cache recomputes exactly the figures whose inputs changed: parameters, seed, or the
 * bytecode of the simulation and of the project classes it uses. The code change is real: two
 * versions of a helper class are compiled at run time and the simulations loaded from each.
 */
public class FigureCacheTest {
    /** Parameters of the compiled test simulations. */
    public record N(int n) { }

    @TempDir
    Path tmp;

    static final String HELPER = """
            package illustrated.cachetest;
            public final class Helper {
                public static double scale() { return %s; }
            }
            """;
    static final String USES_HELPER = """
            package illustrated.cachetest;
            import illustrated.simulation.Dataset;
            public final class UsesHelper implements illustrated.simulation.Simulation<illustrated.cache.FigureCacheTest.N> {
                public Dataset run(illustrated.cache.FigureCacheTest.N p, long seed) {
                    return Dataset.builder().value("v", p.n() * Helper.scale(), "%.1f").build();
                }
            }
            """;
    static final String STANDS_ALONE = """
            package illustrated.cachetest;
            import illustrated.simulation.Dataset;
            public final class StandsAlone implements illustrated.simulation.Simulation<illustrated.cache.FigureCacheTest.N> {
                public Dataset run(illustrated.cache.FigureCacheTest.N p, long seed) {
                    return Dataset.builder().value("v", p.n() + 1.0, "%.1f").build();
                }
            }
            """;

    @Test
    void parameterEditRecomputesExactlyThatFigure() throws Exception {
        ClassLoader v1 = compile("v1", "1.0");
        Path cache = tmp.resolve("cache");
        Map<String, FigureStage.Outcome> first = run(cache, specs(v1, 3, 3));
        assertEquals("not in cache", first.get("a").reason());
        assertEquals("not in cache", first.get("b").reason());

        Map<String, FigureStage.Outcome> second = run(cache, specs(v1, 4, 3));
        assertEquals("parameters changed", second.get("a").reason());
        assertTrue(second.get("a").computed());
        assertEquals("cached", second.get("b").reason());
        assertTrue(!second.get("b").computed());

        Map<String, FigureStage.Outcome> third = run(cache, specs(v1, 4, 3));
        assertTrue(third.values().stream().noneMatch(FigureStage.Outcome::computed), "nothing changed: " + third);
    }

    @Test
    void codeChangeRecomputesExactlyTheFiguresThatUseIt() throws Exception {
        ClassLoader v1 = compile("v1", "1.0");
        ClassLoader v2 = compile("v2", "2.0");
        Path cache = tmp.resolve("cache");
        run(cache, specs(v1, 3, 3));

        Map<String, FigureStage.Outcome> after = run(cache, specs(v2, 3, 3));
        assertEquals("code of Helper changed", after.get("a").reason(), "a uses Helper");
        assertTrue(after.get("a").computed());
        assertEquals("cached", after.get("b").reason(), "b does not use Helper");

        ClassClosure closure = new ClassClosure(Set.of(), Set.of("illustrated/figure/FigureCatalog"));
        Map<String, String> a1 = closure.closure(v1.loadClass("illustrated.cachetest.UsesHelper"));
        Map<String, String> a2 = closure.closure(v2.loadClass("illustrated.cachetest.UsesHelper"));
        assertTrue(a1.containsKey("illustrated/cachetest/Helper"), "the closure follows the helper: " + a1.keySet());
        assertTrue(!a1.get("illustrated/cachetest/Helper").equals(a2.get("illustrated/cachetest/Helper")));
        assertEquals(a1.get("illustrated/cachetest/UsesHelper"), a2.get("illustrated/cachetest/UsesHelper"),
                "the simulation's own bytecode did not change");
    }

    @Test
    void seedChangeRecomputes() throws Exception {
        ClassLoader v1 = compile("v1", "1.0");
        Path cache = tmp.resolve("cache");
        run(cache, specs(v1, 3, 3));
        List<FigureSpec> reseeded = new ArrayList<>(specs(v1, 3, 3));
        reseeded.set(1, FigureSpec.values("b", sim(v1, "StandsAlone"), new N(3), 99L));
        Map<String, FigureStage.Outcome> after = run(cache, reseeded);
        assertEquals("seed changed", after.get("b").reason());
        assertEquals("cached", after.get("a").reason());
    }

    private static Map<String, FigureStage.Outcome> run(Path cache, List<FigureSpec> specs) {
        Problems problems = new Problems();
        FigureStage.Result r = new FigureStage(cache, 1).run(specs, problems, o -> { });
        assertTrue(problems.isEmpty(), problems.list().toString());
        Map<String, FigureStage.Outcome> out = new TreeMap<>();
        r.outcomes().forEach(o -> out.put(o.id(), o));
        return out;
    }

    private static List<FigureSpec> specs(ClassLoader loader, int na, int nb) throws Exception {
        return List.of(FigureSpec.values("a", sim(loader, "UsesHelper"), new N(na), 1L),
                FigureSpec.values("b", sim(loader, "StandsAlone"), new N(nb), 1L));
    }

    @SuppressWarnings("unchecked")
    private static Simulation<N> sim(ClassLoader loader, String name) throws Exception {
        return (Simulation<N>) loader.loadClass("illustrated.cachetest." + name).getDeclaredConstructor().newInstance();
    }

    /** Compiles the three classes (with Helper.scale() returning {@code scale}) into their own folder. */
    private ClassLoader compile(String version, String scale) throws IOException {
        Path src = tmp.resolve(version + "-src/illustrated/cachetest");
        Path out = tmp.resolve(version + "-classes");
        Files.createDirectories(src);
        Files.createDirectories(out);
        Files.writeString(src.resolve("Helper.java"), HELPER.formatted(scale), StandardCharsets.UTF_8);
        Files.writeString(src.resolve("UsesHelper.java"), USES_HELPER, StandardCharsets.UTF_8);
        Files.writeString(src.resolve("StandsAlone.java"), STANDS_ALONE, StandardCharsets.UTF_8);
        String cp = String.join(File.pathSeparator, FixtureProject.REPO.resolve("target/classes").toString(),
                FixtureProject.REPO.resolve("target/test-classes").toString(),
                Files.readString(FixtureProject.REPO.resolve("target/classpath.txt")).strip());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", out.toString(), "-cp", cp, "-proc:none",
                src.resolve("Helper.java").toString(), src.resolve("UsesHelper.java").toString(),
                src.resolve("StandsAlone.java").toString());
        assertEquals(0, rc, "test sources compile");
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, FigureCacheTest.class.getClassLoader());
    }
}

package illustrated.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The figures of another git revision, made by that revision's own code.
 *
 * <p>The revision's files are extracted with {@code git archive} and its generator sources compiled
 * with the JDK's compiler (both kept per commit under {@code target/figure-diff-work/<commit>}, so a
 * second diff against the same commit skips them). Its classes are loaded in this JVM by a loader that
 * takes project classes from the revision and library classes from this process (ND4J starts once),
 * and the revision's own figure export ({@code FigureExport.exportSite(String, String, String, int)},
 * in {@code illustrated.build} or, before it moved there, {@code illustrated.report}) makes its figures
 * with the revision's own reading, catalogs and figure stage. The compiler flags match Maven's
 * ({@code -g}, release 17), so the bytecode, and with it the figure cache key, is the same for
 * unchanged code: unchanged figures come from the cache. The revision uses its own copy of the cache,
 * seeded by hard links from the project's, so that figures it recomputes do not evict the working
 * tree's.
 */
public final class RevisionFigures {
    /**
     * Where a revision's figure export lives, newest first; every one has
     * {@code static String exportSite(String project, String cacheRoot, String outSite, int jobs)}.
     */
    static final List<String> EXPORTS = List.of("illustrated.build.FigureExport", "illustrated.report.FigureExport");

    private RevisionFigures() {
    }

    /** Thrown when the revision cannot be checked out, compiled or built. */
    public static final class RevisionException extends IOException {
        private static final long serialVersionUID = 1L;

        public RevisionException(String message) {
            super(message);
        }
    }

    /**
     * Builds the figures of {@code rev} into a site-like folder and returns it.
     *
     * @param project  the git working tree (the repository root)
     * @param rev      any git revision ("HEAD", a branch, a commit)
     * @param cacheRoot the project's cache root (with figures/ inside), or null for no cache
     * @param jars     the dependency jars to compile and run against
     */
    public static Path build(Path project, String rev, Path cacheRoot, List<Path> jars, int jobs) throws IOException {
        String sha = git(project, "rev-parse", "--verify", "--quiet", rev + "^{commit}").trim();
        if (sha.isEmpty()) {
            throw new RevisionException("'" + rev + "' is not a commit of the repository in " + project);
        }
        Path work = project.resolve("target/figure-diff-work").resolve(sha);
        Path tree = work.resolve("tree");
        if (!Files.exists(work.resolve("tree.done"))) {
            deleteTree(tree);
            Files.createDirectories(tree);
            run(project, List.of("sh", "-c", "git archive --format=tar \"$0\" | tar -x -f - -C \"$1\"", sha,
                    tree.toString()));
            Files.writeString(work.resolve("tree.done"), sha + "\n");
        }
        Path classes = work.resolve("classes");
        if (!Files.exists(work.resolve("classes.done"))) {
            deleteTree(classes);
            compile(tree.resolve("generator/src/main/java"), classes, jars);
            Files.writeString(work.resolve("classes.done"), sha + "\n");
        }
        Path revCache = null;
        if (cacheRoot != null) {
            revCache = project.resolve("target/figure-diff-work/cache");
            seed(cacheRoot.resolve("figures"), revCache.resolve("figures"));
        }
        Path site = work.resolve("site");
        deleteTree(site);
        Files.createDirectories(site);
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        Path res = tree.resolve("generator/src/main/resources");
        if (Files.isDirectory(res)) {
            urls.add(res.toUri().toURL());
        }
        ClassLoader here = RevisionFigures.class.getClassLoader();
        try (RevisionLoader loader = new RevisionLoader(urls.toArray(URL[]::new), here)) {
            Class<?> export = exportOf(loader);
            if (export == null) {
                throw new RevisionException("the revision " + rev + " (" + sha.substring(0, 12) + ") has no figure"
                        + " export (" + String.join(" or ", EXPORTS) + "): it predates `generator/bin/site diff`");
            }
            Method m = export.getMethod("exportSite", String.class, String.class, String.class, int.class);
            Object problems = m.invoke(null, tree.toString(), revCache == null ? null : revCache.toString(),
                    site.toString(), jobs);
            if (problems != null) {
                throw new RevisionException("the figures of " + rev + " (" + sha.substring(0, 12)
                        + ") could not be built:\n" + problems);
            }
        } catch (ReflectiveOperationException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            throw new RevisionException("the figures of " + rev + " could not be built: " + c);
        }
        return site;
    }

    /** The revision's own figure export class (never this process's), or null when it has none. */
    static Class<?> exportOf(RevisionLoader loader) {
        for (String name : EXPORTS) {
            try {
                Class<?> c = Class.forName(name, true, loader);
                if (c.getClassLoader() == loader) {
                    return c;
                }
            } catch (ClassNotFoundException e) {
                // not in this revision
            }
        }
        return null;
    }

    /** The dependency jars of this JVM: the revision is compiled against what runs it. */
    public static List<Path> jars() throws IOException {
        String cp = System.getProperty("java.class.path");
        List<Path> out = new ArrayList<>();
        for (String e : cp.split(java.io.File.pathSeparator)) {
            if (e.contains("surefirebooter")) {
                out.addAll(manifestClassPath(Path.of(e)));
            } else if (e.endsWith(".jar")) {
                out.add(Path.of(e));
            }
        }
        return out;
    }

    /** A test runner's manifest-only jar lists the real class path in its manifest. */
    private static List<Path> manifestClassPath(Path jar) throws IOException {
        List<Path> out = new ArrayList<>();
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            String cp = j.getManifest() == null ? null
                    : j.getManifest().getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (cp != null) {
                for (String u : cp.trim().split("\\s+")) {
                    if (u.endsWith(".jar")) {
                        out.add(Path.of(java.net.URI.create(u.startsWith("file:") ? u : "file:" + u)));
                    }
                }
            }
        }
        return out;
    }

    static void compile(Path sources, Path classes, List<Path> jars) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new RevisionException("the revision has no generator sources (" + sources.getFileName() + ")");
        }
        List<String> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-g", "--release", "17", "-proc:none", "-nowarn", "-Xlint:none",
                "-encoding", "UTF-8", "-implicit:none", "-d", classes.toString(), "-cp",
                String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList())));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new RevisionException("no Java compiler in this runtime: run the diff with a JDK");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        if (rc != 0) {
            String msg = err.toString(StandardCharsets.UTF_8);
            throw new RevisionException("the revision's generator does not compile:\n"
                    + msg.substring(0, Math.min(msg.length(), 4000)));
        }
    }

    /** Links every cache file the revision's cache lacks (files are replaced by atomic moves, never edited). */
    static void seed(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.exists(target) || p.getFileName().toString().startsWith(".tmp")) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, p);
                } catch (FileAlreadyExistsException e) {
                    // another diff seeded it meanwhile
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(p, target);
                }
            }
        }
    }

    static String git(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int rc = p.waitFor();
            if (rc != 0 && !(rc == 1 && out.isEmpty() && err.isEmpty())) {
                throw new RevisionException("git " + String.join(" ", args) + " failed: " + err.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    private static void run(Path dir, List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new RevisionException(String.join(" ", cmd) + " failed: " + out.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    /**
     * Project classes ({@code illustrated.*}) and resources from the revision first, libraries from the
     * parent (a project class the revision lacks, such as a test catalog, also from the parent).
     */
    static final class RevisionLoader extends URLClassLoader {
        RevisionLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    if (name.startsWith("illustrated.")) {
                        try {
                            c = findClass(name);
                        } catch (ClassNotFoundException e) {
                            c = getParent().loadClass(name);
                        }
                    } else {
                        c = getParent().loadClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL u = findResource(name);
            return u != null ? u : getParent().getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> all = new ArrayList<>(java.util.Collections.list(findResources(name)));
            all.addAll(java.util.Collections.list(getParent().getResources(name)));
            return java.util.Collections.enumeration(all);
        }
    }

}

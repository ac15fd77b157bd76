package illustrated.build;

import illustrated.content.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import illustrated.cache.ContentHash;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last successful build was made from, kept in {@code .cache/build-state.json}: a hash of
 * every input file (content, templates, assets), of the generator's code (class files and the
 * libraries on the class path), of the options, and the list of files it published. A build whose
 * inputs all hash the same and whose published site is still intact has nothing to do and stops
 * before starting ND4J, KaTeX or JBake; a build where only {@code content/} changed may render its
 * pages directly instead of through JBake (see {@link DirectRenderer}).
 *
 * @param files          input file (relative to the project) to its SHA-256
 * @param code           hash of the generator code and libraries
 * @param options        hash of the options that change the output
 * @param site           published file (relative to the site) to "size/mtime"
 * @param rendered       files the template stage wrote (pages, feed, sitemap, tag pages)
 * @param directVerified hash of the templates for which {@link DirectRenderer} matched JBake, or ""
 * @param pages          pages published
 */
public record BuildState(Map<String, String> files, String code, String options, Map<String, String> site,
        List<String> rendered, String directVerified, int pages) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> INPUT_DIRS = List.of("content", "templates", "assets");

    /** Hashes the inputs of a build (not its output: {@code site} is empty). */
    public static BuildState scan(BuildOptions options, List<String> catalogClasses) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path project = options.projectDir();
        for (String d : INPUT_DIRS) {
            // links and special files are hashed by what they are, never read: the read stage refuses them
            for (InputFiles.Entry e : InputFiles.entries(project.resolve(d))) {
                Path p = e.path();
                files.put(project.relativize(p).toString().replace('\\', '/'), switch (e.kind()) {
                    case FILE -> ContentHash.of(Files.readAllBytes(p));
                    case LINK -> "link:" + Files.readSymbolicLink(p);
                    case SPECIAL -> "special";
                });
            }
        }
        Path manifest = project.resolve("generator/figure-manifest.json");
        if (Files.isRegularFile(manifest)) {
            files.put("generator/figure-manifest.json", ContentHash.of(Files.readAllBytes(manifest)));
        }
        String opts = ContentHash.of(options.buildMode(), Boolean.toString(options.checkManifest()),
                // relative: moving the checkout must not make a no-op build a full one
                project.relativize(options.siteDir()).toString().replace('\\', '/'), String.join(",", catalogClasses));
        return new BuildState(files, codeHash(), opts, Map.of(), List.of(), "", 0);
    }

    private static volatile String codeHash;

    /**
     * Hash of the class path: every class file of its folders, and each jar's path, size and date.
     * Computed once per JVM: the code a JVM runs cannot change under it (the preview server
     * restarts for new code).
     */
    static String codeHash() throws IOException {
        if (codeHash == null) {
            codeHash = computeCodeHash();
        }
        return codeHash;
    }

    private static String computeCodeHash() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.endsWith(".pom")) { // generator/bin/site's list names pom-only artifacts too
                entries.add(Path.of(entry));
            }
        }
        if (System.getenv("ILLUSTRATED_DEBUG") != null) {
            System.out.println("debug: class path " + String.join("\n  ", entries.stream().map(Path::toString).toList()));
        }
        return codeHash(entries);
    }

    /**
     * Hash of class path entries that does not depend on where they are: a folder counts by the
     * names and contents of its class files, a jar by its name, size and date. Moving the checkout
     * to another folder leaves it unchanged (a no-op build stays a no-op); the entries are sorted by
     * these digests, since Maven's exec plugin and generator/bin/site list them in other orders.
     */
    static String codeHash(List<Path> entries) throws IOException {
        java.util.SortedSet<String> digests = new java.util.TreeSet<>();
        for (Path p : entries) {
            if (Files.isDirectory(p)) {
                MessageDigest md = ContentHash.sha256();
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                        md.update(p.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = Files.newInputStream(f)) {
                            md.update(ContentHash.sha256().digest(in.readAllBytes()));
                        }
                    }
                }
                digests.add("dir:" + HexFormat.of().formatHex(md.digest()));
            } else if (Files.exists(p)) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                digests.add("jar:" + p.getFileName() + "/" + a.size() + "/" + a.lastModifiedTime().toMillis());
            }
        }
        return ContentHash.of(String.join("\n", digests));
    }

    /** Size and modification time of every published file. */
    public static Map<String, String> siteManifest(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(site.relativize(p).toString().replace('\\', '/'),
                        a.size() + "/" + a.lastModifiedTime().toMillis());
            }
        }
        return out;
    }

    public BuildState withOutput(Map<String, String> siteFiles, List<String> renderedFiles, String verified,
            int pageCount) {
        return new BuildState(files, code, options, siteFiles, renderedFiles, verified, pageCount);
    }

    /** Same inputs as {@code other}. */
    public boolean sameInputs(BuildState other) {
        return other != null && files.equals(other.files) && code.equals(other.code) && options.equals(other.options);
    }

    /** Inputs that differ from {@code before} (added, removed or edited), relative to the project. */
    public List<String> changedSince(BuildState before) {
        List<String> out = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(before.files);
        all.putAll(files);
        for (String k : all.keySet()) {
            if (!java.util.Objects.equals(files.get(k), before.files.get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Hash of the template files only. */
    public String templatesHash() {
        StringBuilder sb = new StringBuilder();
        files.forEach((k, v) -> {
            if (k.startsWith("templates/")) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        return ContentHash.of(sb.toString());
    }

    public static BuildState load(Path file) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            Map<String, String> files = new TreeMap<>();
            n.get("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            Map<String, String> site = new TreeMap<>();
            n.get("site").fields().forEachRemaining(e -> site.put(e.getKey(), e.getValue().asText()));
            List<String> rendered = new ArrayList<>();
            n.get("rendered").forEach(x -> rendered.add(x.asText()));
            return new BuildState(files, n.get("code").asText(), n.get("options").asText(), site, rendered,
                    n.get("directVerified").asText(), n.get("pages").asInt());
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable state only costs a full build
        }
    }

    public void save(Path file) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("code", code);
        n.put("options", options);
        n.put("directVerified", directVerified);
        n.put("pages", pages);
        ObjectNode f = n.putObject("files");
        files.forEach(f::put);
        ObjectNode s = n.putObject("site");
        site.forEach(s::put);
        rendered.forEach(n.putArray("rendered")::add);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".state", ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void delete(Path file) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}

package illustrated.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches content/, templates/, assets/ and the generator's sources; after a burst of changes (an
 * editor's save is often several events) hands the changed files to {@code onChange}. Returns from
 * {@link #run()} when a Java source changed, since new code needs a new JVM.
 */
public final class Watcher {
    static final List<String> WATCHED = List.of("content", "templates", "assets", "generator/src/main/java",
            "generator/src/main/resources");
    private static final long QUIET_MILLIS = 40;

    private final Path project;
    private final Consumer<List<Path>> onChange;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    public Watcher(Path project, Consumer<List<Path>> onChange) {
        this.project = project;
        this.onChange = onChange;
    }

    /** Watches until a Java source changes (returns true) or the thread is interrupted (false). */
    public boolean run() throws IOException {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (String d : WATCHED) {
                registerTree(ws, project.resolve(d));
            }
            while (true) {
                WatchKey key = ws.take();
                List<Path> changed = new ArrayList<>();
                collect(ws, key, changed);
                // let the burst finish
                for (WatchKey k = ws.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); k != null;
                        k = ws.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(ws, k, changed);
                }
                List<Path> relevant = changed.stream().filter(Watcher::relevant).distinct().toList();
                if (relevant.isEmpty()) {
                    continue;
                }
                if (relevant.stream().anyMatch(p -> p.toString().endsWith(".java")
                        || p.startsWith(project.resolve("generator/src/main/resources")))) {
                    return true;
                }
                System.out.println("changed: " + String.join(", ",
                        relevant.stream().map(p -> project.relativize(p).toString()).toList()));
                onChange.accept(relevant);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Editor back-up and swap files do not trigger a build. */
    static boolean relevant(Path p) {
        String n = p.getFileName().toString();
        return !(n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx")
                || n.startsWith("#") || n.equals("4913"));
    }

    private void collect(WatchService ws, WatchKey key, List<Path> changed) throws IOException {
        Path dir = dirs.get(key);
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed.add(project.resolve("content"));
                continue;
            }
            Path p = dir.resolve((Path) ev.context());
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                registerTree(ws, p);
            }
            changed.add(p);
        }
        key.reset();
    }

    private void registerTree(WatchService ws, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                dirs.put(d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }
}

package illustrated.cli;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches content/, templates/, assets/ and the generator's sources with the directory-watcher library
 * (native FSEvents on macOS, where the JDK's own WatchService only polls every few seconds; new folders
 * registered as they appear; overflows reported); after a burst of changes (an editor's save is often
 * several events) hands the changed files to {@code onChange}. Returns from {@link #run()} when a Java
 * source changed, since new code needs a new JVM.
 */
public final class Watcher {
    static final List<String> WATCHED = List.of("content", "templates", "assets", "generator/src/main/java",
            "generator/src/main/resources");
    private static final long QUIET_MILLIS = 40;

    private final Path project;
    private final Consumer<List<Path>> onChange;

    public Watcher(Path project, Consumer<List<Path>> onChange) {
        this.project = project;
        this.onChange = onChange;
    }

    /** Watches until a Java source changes (returns true) or the thread is interrupted (false). */
    public boolean run() throws IOException {
        BlockingQueue<Path> events = new LinkedBlockingQueue<>();
        List<Path> roots = WATCHED.stream().map(project::resolve).filter(Files::isDirectory).toList();
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(roots)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(e -> events.add(e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || e.path() == null
                        ? project.resolve("content") : e.path()))
                .build();
        try {
            watcher.watchAsync();
            while (true) {
                List<Path> changed = new ArrayList<>();
                changed.add(events.take());
                // let the burst finish
                for (Path p = events.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); p != null;
                        p = events.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    changed.add(p);
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
        } finally {
            watcher.close();
        }
    }

    /** Editor back-up and swap files do not trigger a build. */
    static boolean relevant(Path p) {
        String n = p.getFileName().toString();
        return !(n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx")
                || n.startsWith("#") || n.equals("4913"));
    }
}

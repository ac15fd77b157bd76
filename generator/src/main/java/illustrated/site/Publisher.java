package illustrated.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Never half-publishes: the site is built in a fresh folder next to {@code target/site} and swapped
 * in with renames only after the whole build succeeded.
 *
 * <p>The folders next to the site and what each means when a build stops at any moment (a kill, a
 * power cut): {@code site} is a whole site whenever it exists; {@code .site-old} is the previous
 * site, whole, from the first rename of {@link #publish} until it is renamed to a {@code .site-trash-*}
 * folder; only {@code .site-trash-*} folders are ever deleted file by file, and only
 * {@code .site-new-*} folders are ever half-written. {@link #recover} therefore never deletes the
 * only whole copy: with no {@code site}, it renames {@code .site-old} back; with both, the new site
 * is whole and the old one goes to the trash; trash and staging folders are deleted last.
 * Every step calls the {@link Steps} hook, so a test can stop the publish after any step.
 */
public final class Publisher {
    /** Called after every step of {@link #publish} and {@link #recover}; a test throws from it to stop there. */
    public interface Steps {
        void after(String step) throws IOException;

        Steps NONE = step -> { };
    }

    private final Path site;
    private final Path parent;
    private final Path old;
    private final Steps steps;

    public Publisher(Path site) {
        this(site, Steps.NONE);
    }

    public Publisher(Path site, Steps steps) {
        this.site = site.toAbsolutePath().normalize();
        this.parent = this.site.getParent();
        this.old = parent.resolve("." + this.site.getFileName() + "-old");
        this.steps = steps;
    }

    /** Restores the site after a build that stopped while publishing, and removes what builds left behind. */
    public void recover() throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        if (exists(old)) {
            if (exists(site)) {
                // the new site is in place: the old one is no longer needed
                trash(old);
            } else {
                // stopped between the two renames of publish(): the old site is the only whole one
                move(old, site);
                steps.after("restored the old site");
            }
        }
        String prefix = "." + site.getFileName() + "-";
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                String n = p.getFileName().toString().substring(prefix.length());
                if (n.startsWith("new-") || n.startsWith("trash-")) {
                    deleteTree(p, steps, "leftover " + n.replaceFirst("-.*", ""));
                }
            }
        }
    }

    /** Same as {@link #recover()}: the name older callers know. */
    public void cleanLeftovers() throws IOException {
        recover();
    }

    /** A new empty folder to build into. */
    public Path newStaging() throws IOException {
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + site.getFileName() + "-new-");
    }

    /** Swaps {@code built} in as the site (call {@link #recover()} first, as every build does). */
    public void publish(Path built) throws IOException {
        if (exists(old)) {
            recover();
        }
        if (exists(site)) {
            move(site, old);
            steps.after("renamed the site to .site-old");
        }
        move(built, site);
        steps.after("renamed the new site into place");
        if (exists(old)) {
            trash(old);
        }
    }

    /** Renames a whole folder out of the way, then deletes it. */
    private void trash(Path dir) throws IOException {
        Path t = Files.createTempDirectory(parent, "." + site.getFileName() + "-trash-");
        Path into = t.resolve("site");
        move(dir, into);
        steps.after("moved the old site to the trash");
        deleteTree(t, steps, "trash");
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path p) throws IOException {
        deleteTree(p, Steps.NONE, "");
    }

    /** Deletes a folder; the hook is called after its first file is gone and when all of it is. */
    private static void deleteTree(Path p, Steps steps, String what) throws IOException {
        if (!exists(p)) {
            return;
        }
        boolean[] first = {true};
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                if (first[0]) {
                    first[0] = false;
                    steps.after("deleting the " + what + " (first file gone)");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        steps.after("deleted the " + what);
    }
}

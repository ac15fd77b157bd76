package illustrated.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Never half-publishes: the site is built in a fresh folder next to {@code target/site} and swapped
 * in with renames only after the whole build succeeded. A build killed at any moment (even with
 * {@code kill -9}) leaves either the old or the new site in place; leftovers of a killed build are
 * removed by the next one.
 */
public final class Publisher {
    private final Path site;

    public Publisher(Path site) {
        this.site = site;
    }

    /** Removes folders that a killed build left behind. */
    public void cleanLeftovers() throws IOException {
        Path parent = site.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + site.getFileName() + "-";
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(p);
            }
        }
        // a kill between the two renames of publish(): restore the old site
        Path old = parent.resolve("." + site.getFileName() + "-old");
        if (!Files.exists(site) && Files.exists(old)) {
            Files.move(old, site);
        }
    }

    /** A new empty folder to build into. */
    public Path newStaging() throws IOException {
        Path parent = site.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + site.getFileName() + "-new-");
    }

    /** Swaps {@code built} in as the site. */
    public void publish(Path built) throws IOException {
        Path parent = site.toAbsolutePath().getParent();
        Path old = parent.resolve("." + site.getFileName() + "-old");
        deleteTree(old);
        if (Files.exists(site)) {
            move(site, old);
        }
        move(built, site);
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

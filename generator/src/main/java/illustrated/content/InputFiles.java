package illustrated.content;

import illustrated.problem.Problem;
import illustrated.problem.Problems;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an input folder ({@code content/}, {@code templates/}, {@code assets/}), listed
 * without ever following a link. Everything the build reads from these folders is copied into the
 * site or run as a template, so a symbolic link (to {@code /etc/passwd}, to a folder outside the
 * project) or a special file (a named pipe, which would block the build; a device) is refused with
 * a problem instead. Links named {@code .#…} are lock files of editors (Emacs) and are skipped.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** One entry of a folder: a regular file, or something that is not one. */
    public record Entry(Path path, Kind kind) {
    }

    /** What an entry is. */
    public enum Kind { FILE, LINK, SPECIAL }

    /** Every entry under {@code dir} except folders, sorted by path (nothing when {@code dir} does not exist). */
    public static List<Entry> entries(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (a.isSymbolicLink()) {
                    if (!file.getFileName().toString().startsWith(".#")) {
                        out.add(new Entry(file, Kind.LINK));
                    }
                } else {
                    out.add(new Entry(file, a.isRegularFile() ? Kind.FILE : Kind.SPECIAL));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(Entry::path));
        return out;
    }

    /** The regular files under {@code dir}, sorted; links and special files are left out. */
    public static List<Path> regular(Path dir) throws IOException {
        return entries(dir).stream().filter(e -> e.kind() == Kind.FILE).map(Entry::path).toList();
    }

    /** The regular files under {@code dir}, sorted; every link and special file is reported as a problem. */
    public static List<Path> checked(Path project, Path dir, Problems problems) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Entry e : entries(dir)) {
            if (e.kind() == Kind.FILE) {
                out.add(e.path());
            } else {
                problems.add(refusal(project, e));
            }
        }
        return out;
    }

    static Problem refusal(Path project, Entry e) {
        Path rel = project.relativize(e.path());
        String top = rel.getName(0).toString();
        if (e.kind() == Kind.LINK) {
            String target;
            try {
                target = Files.readSymbolicLink(e.path()).toString();
            } catch (IOException ex) {
                target = "?";
            }
            return new Problem(rel, 0, "a symbolic link (to " + target + ") in " + top + "/",
                    "the build publishes or runs what is in " + top + "/; a link could bring in any file of this "
                            + "machine or lead outside the project, so links are not followed",
                    "put a copy of the file there instead of the link (cp --remove-destination \"$(readlink -f " + rel
                            + ")\" " + rel + "), or remove it");
        }
        return new Problem(rel, 0, "not a regular file (a named pipe, socket or device) in " + top + "/",
                "only regular files and folders can be read or published; reading a pipe would block the build",
                "remove it from " + top + "/");
    }
}

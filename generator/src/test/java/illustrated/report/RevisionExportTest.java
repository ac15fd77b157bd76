package illustrated.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@code diff REV}: a revision's figures are made by that revision's own figure export,
 * found under its current name or the one it had before it moved, and never by this process's copy.
 */
class RevisionExportTest {
    @TempDir
    Path tmp;

    @Test
    void aRevisionRunsItsOwnFigureExportUnderTheOldNameAndNeverThisProcesssCopy() throws Exception {
        Path src = tmp.resolve("src/illustrated/report/FigureExport.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package illustrated.report;\npublic final class FigureExport {\n"
                + "    public static String exportSite(String project, String cache, String out, int jobs) {\n"
                + "        return \"old revision\";\n    }\n}\n");
        Path classes = tmp.resolve("classes");
        RevisionFigures.compile(tmp.resolve("src"), classes, List.of());
        try (RevisionFigures.RevisionLoader old = loader(classes)) {
            Class<?> export = RevisionFigures.exportOf(old);
            assertEquals("illustrated.report.FigureExport", export.getName(),
                    "this process's build.FigureExport is skipped");
            assertSame(old, export.getClassLoader());
            assertEquals("old revision", export.getMethod("exportSite", String.class, String.class, String.class,
                    int.class).invoke(null, "p", null, "o", 1));
        }
        try (RevisionFigures.RevisionLoader none = loader(Files.createDirectories(tmp.resolve("empty")))) {
            assertNull(RevisionFigures.exportOf(none), "a revision without an export has none (not this process's)");
        }
    }

    private static RevisionFigures.RevisionLoader loader(Path classes) throws Exception {
        return new RevisionFigures.RevisionLoader(new URL[] {classes.toUri().toURL()},
                RevisionFigures.class.getClassLoader());
    }
}

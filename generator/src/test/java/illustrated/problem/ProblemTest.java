package illustrated.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemTest {
    @TempDir
    Path tmp;

    @Test
    void showsTheSourceLineWithACaretUnderTheColumn() throws Exception {
        Path f = tmp.resolve("a.md");
        Files.writeString(f, "title=x\n~~~~~~\nSee [[fig:nope]] here.\n");
        Problem p = Problem.at(f, 3, 5, "unknown figure id 'nope'", "did you mean 'note'?");
        String text = p.format();
        assertTrue(text.startsWith("error: " + f.toString().replace('\\', '/') + ":3:5: unknown figure id"), text);
        String[] lines = text.split("\n");
        assertEquals("  3 | See [[fig:nope]] here.", lines[1]);
        assertEquals("    |     ^", lines[2]);
        assertEquals('[', lines[1].charAt(lines[2].indexOf('^')), "the caret stands under the column");
        assertTrue(lines[3].startsWith("  fix:"), text);
    }

    @Test
    void withoutAColumnOrAReadableFileThereIsNoCaretOrExcerpt() throws Exception {
        Path f = tmp.resolve("b.md");
        Files.writeString(f, "one\ntwo\n");
        assertEquals(1, Problem.at(f, 2, "bad", "fix it").excerpt().size());
        assertEquals(0, Problem.at(tmp.resolve("missing.md"), 2, "bad", "fix it").excerpt().size());
        assertEquals(0, Problem.at(f, 9, "bad", "fix it").excerpt().size());
        assertEquals(f.toString().replace('\\', '/') + ":2", Problem.at(f, 2, "bad", "fix it").location());
    }
}

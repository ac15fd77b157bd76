package illustrated.simulation.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import illustrated.simulation.Numerics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CharTaskTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void targetsAreTheInputsShiftedByOne() {
        CharTask task = new CharTask("abcab");
        assertEquals(3, task.vocabulary());
        CharTask.Batch b = task.windows(new long[] {0, 3}, 6);
        for (int t = 0; t + 1 < 6; t++) {
            assertEquals(b.targets().get(t), b.inputs().get(t + 1));
        }
        // column 1 starts at position 3: "ab" then wraps to "abca"
        assertEquals(1.0, b.inputs().get(0).getDouble(task.index('a'), 1));
        assertEquals(1.0, b.inputs().get(2).getDouble(task.index('a'), 1));
        assertEquals(1.0, b.targets().get(1).getDouble(task.index('a'), 1));
    }
}

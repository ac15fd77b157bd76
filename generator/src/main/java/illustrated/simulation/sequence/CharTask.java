package illustrated.simulation.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Next-character prediction on a short text repeated without end: the input at step t is the
 * character at position i + t (one-hot), the target the character at i + t + 1. Windows start at
 * random positions, so the network must work out where it is from what it has read.
 */
public final class CharTask {
    private final String text;
    private final char[] alphabet;

    public CharTask(String text) {
        if (text == null || text.length() < 2) {
            throw new IllegalArgumentException("text must have at least two characters, got '" + text + "'");
        }
        this.text = text;
        TreeSet<Character> set = new TreeSet<>();
        for (char ch : text.toCharArray()) {
            set.add(ch);
        }
        alphabet = new char[set.size()];
        int i = 0;
        for (char ch : set) {
            alphabet[i++] = ch;
        }
    }

    public String text() {
        return text;
    }

    /** Number of distinct characters (input and output size). */
    public int vocabulary() {
        return alphabet.length;
    }

    /** Index of a character in the sorted alphabet. */
    public int index(char ch) {
        int i = java.util.Arrays.binarySearch(alphabet, ch);
        if (i < 0) {
            throw new IllegalArgumentException("character '" + ch + "' is not in the alphabet of '" + text + "'");
        }
        return i;
    }

    /** Character at a position of the endless repetition. */
    public char at(long position) {
        return text.charAt((int) Math.floorMod(position, (long) text.length()));
    }

    /** A batch of windows: inputs and one-hot targets, each list of length {@code steps}. */
    public record Batch(List<INDArray> inputs, List<INDArray> targets) { }

    /** {@code batch} windows of {@code steps} characters starting at random positions. */
    public Batch sample(Random rng, int batch, int steps) {
        long[] starts = new long[batch];
        for (int j = 0; j < batch; j++) {
            starts[j] = rng.nextInt(text.length());
        }
        return windows(starts, steps);
    }

    /** Windows starting at the given positions. */
    public Batch windows(long[] starts, int steps) {
        int v = vocabulary();
        List<INDArray> xs = new ArrayList<>(steps);
        List<INDArray> ys = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            INDArray x = Nd4j.zeros(v, starts.length);
            INDArray y = Nd4j.zeros(v, starts.length);
            for (int j = 0; j < starts.length; j++) {
                x.putScalar(index(at(starts[j] + t)), j, 1.0);
                y.putScalar(index(at(starts[j] + t + 1)), j, 1.0);
            }
            xs.add(x);
            ys.add(y);
        }
        return new Batch(xs, ys);
    }
}

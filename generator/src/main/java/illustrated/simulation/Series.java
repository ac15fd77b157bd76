package illustrated.simulation;

import java.util.Arrays;
import java.util.Objects;

/** One plotted line or set of points: {@code y[i]} at {@code x[i]}. */
public record Series(String name, double[] x, double[] y) {
    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': x has " + x.length
                    + " values but y has " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** A series with x = 0, 1, 2, ... */
    public static Series indexed(String name, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new Series(name, x, y);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.x, x) && Arrays.equals(s.y, y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", n=" + x.length + "]";
    }
}

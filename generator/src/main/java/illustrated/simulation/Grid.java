package illustrated.simulation;

import java.util.Arrays;
import java.util.Objects;

/**
 * A matrix of values over a rectangular grid (heat-maps, loss surfaces): {@code z[row][col]} sits
 * at {@code (xs[col], ys[row])}.
 */
public record Grid(String name, double[] xs, double[] ys, double[][] z) {
    public Grid {
        Objects.requireNonNull(name, "name");
        if (z.length != ys.length) {
            throw new IllegalArgumentException("grid '" + name + "': " + z.length + " rows but " + ys.length + " y values");
        }
        double[][] copy = new double[z.length][];
        for (int r = 0; r < z.length; r++) {
            if (z[r].length != xs.length) {
                throw new IllegalArgumentException("grid '" + name + "': row " + r + " has " + z[r].length
                        + " values but there are " + xs.length + " x values");
            }
            copy[r] = z[r].clone();
        }
        xs = xs.clone();
        ys = ys.clone();
        z = copy;
    }

    public double at(int row, int col) {
        return z[row][col];
    }

    public int rows() {
        return ys.length;
    }

    public int cols() {
        return xs.length;
    }

    @Override
    public double[][] z() {
        double[][] copy = new double[z.length][];
        for (int r = 0; r < z.length; r++) {
            copy[r] = z[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && g.name.equals(name) && Arrays.equals(g.xs, xs) && Arrays.equals(g.ys, ys)
                && Arrays.deepEquals(g.z, z);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(xs), Arrays.hashCode(ys), Arrays.deepHashCode(z));
    }

    @Override
    public String toString() {
        return "Grid[" + name + ", " + ys.length + "x" + xs.length + "]";
    }
}

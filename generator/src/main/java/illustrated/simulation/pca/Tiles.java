package illustrated.simulation.pca;

import illustrated.simulation.Grid;
import java.util.List;

/** Small square images laid out as one grid (a mosaic), row 0 at the top, so that a figure's CSV stays one file. */
public final class Tiles {
    private Tiles() {
    }

    /** {@code tiles} (each {@code size * size} pixels, row by row) in rows of {@code cols} tiles. */
    public static Grid mosaic(String name, List<double[]> tiles, int size, int cols) {
        int rows = (tiles.size() + cols - 1) / cols;
        double[][] z = new double[rows * size][cols * size];
        for (int t = 0; t < tiles.size(); t++) {
            double[] tile = tiles.get(t);
            if (tile.length != size * size) {
                throw new IllegalArgumentException("tile " + t + " has " + tile.length + " pixels, not " + size * size);
            }
            int r0 = (t / cols) * size;
            int c0 = (t % cols) * size;
            for (int r = 0; r < size; r++) {
                System.arraycopy(tile, r * size, z[r0 + r], c0, size);
            }
        }
        return new Grid(name, index(cols * size), index(rows * size), z);
    }

    /** Tile {@code t} of a mosaic made by {@link #mosaic} with tiles of {@code size} pixels. */
    public static double[] tile(Grid g, int t, int size) {
        int cols = g.cols() / size;
        int r0 = (t / cols) * size;
        int c0 = (t % cols) * size;
        double[] out = new double[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                out[r * size + c] = g.at(r0 + r, c0 + c);
            }
        }
        return out;
    }

    private static double[] index(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }
}

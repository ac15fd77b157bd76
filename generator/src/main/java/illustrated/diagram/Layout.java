package illustrated.diagram;

import illustrated.chart.Theme.Role;

/** Small layout helpers for diagrams: evenly spaced positions and layers of neurons. */
public final class Layout {
    private Layout() {
    }

    /** {@code n} positions spaced {@code gap} apart and centred on {@code center}. */
    public static double[] spread(int n, double center, double gap) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = center + (k - (n - 1) / 2.0) * gap;
        }
        return out;
    }

    /** A horizontal layer of {@code n} neurons of radius {@code r} centred on ({@code cx}, {@code y}). */
    public static Node[] row(Pen pen, int n, double cx, double y, double gap, double r, Role role) {
        double[] xs = spread(n, cx, gap);
        Node[] nodes = new Node[n];
        for (int k = 0; k < n; k++) {
            nodes[k] = pen.neuron(xs[k], y, r, role);
        }
        return nodes;
    }

    /** A vertical layer of {@code n} neurons of radius {@code r} centred on ({@code x}, {@code cy}). */
    public static Node[] column(Pen pen, int n, double x, double cy, double gap, double r, Role role) {
        double[] ys = spread(n, cy, gap);
        Node[] nodes = new Node[n];
        for (int k = 0; k < n; k++) {
            nodes[k] = pen.neuron(x, ys[k], r, role);
        }
        return nodes;
    }

    /** Lines from every node of {@code from} to every node of {@code to} (a dense connection). */
    public static void connectAll(Pen pen, Node[] from, Node[] to, Role role, double width) {
        for (Node a : from) {
            for (Node b : to) {
                pen.line(a, b, role, width);
            }
        }
    }
}

package illustrated.simulation.pca;

import illustrated.simulation.Value;

/** How the PCA article quotes numbers that are rounding noise. */
final class Quoted {
    /** The unit roundoff of double precision, 2⁻⁵³. */
    static final double UNIT_ROUNDOFF = StrictMath.scalb(1.0, -53);

    private Quoted() {
    }

    /**
     * The smallest power of ten at or above {@code x} (and at least the one above the unit roundoff), shown
     * as "10⁻ⁿ": an upper bound for a difference that is rounding noise. Its last digits may differ between
     * machines, its order of magnitude does not.
     */
    static Value bound(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("a bound needs a finite, non-negative number");
        }
        double e = StrictMath.ceil(StrictMath.log10(Math.max(x, UNIT_ROUNDOFF)));
        return Value.of(StrictMath.pow(10, e), "%.0e");
    }
}

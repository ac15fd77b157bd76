package illustrated.simulation;

import java.util.Locale;
import java.util.Objects;

/**
 * A number computed by a simulation that the prose may quote, e.g. "90% of the volume lies in the
 * outer shell from D = [[val:shell-share/d90]] on". The text never types the number by hand.
 *
 * @param value  the number
 * @param format a {@link String#format} pattern, applied with {@link Locale#ROOT}, e.g. {@code "%.1f"}
 * @param unit   appended after a thin space when not empty (e.g. "°", "%")
 */
public record Value(double value, String format, String unit) {
    public Value {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
    }

    public static Value of(double value, String format) {
        return new Value(value, format, "");
    }

    public static Value integer(long value) {
        return new Value(value, "%.0f", "");
    }

    /** The number as the reader sees it. */
    public String formatted() {
        String s = String.format(Locale.ROOT, format, value);
        if (s.startsWith("-")) {
            s = "\u2212" + s.substring(1);
        }
        if (unit.isEmpty()) {
            return s;
        }
        return unit.equals("°") || unit.equals("%") ? s + unit : s + "\u2009" + unit;
    }
}

package illustrated.simulation;

import illustrated.format.Decimal;
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

    /** The number as the reader sees it; scientific notation is typeset as 1.3 × 10⁻⁸. */
    public String formatted() {
        String s = scientific(Decimal.format(format, value));
        if (s.startsWith("-")) {
            s = "\u2212" + s.substring(1);
        }
        if (unit.isEmpty()) {
            return s;
        }
        return unit.equals("°") || unit.equals("%") ? s + unit : s + "\u2009" + unit;
    }

    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** "1.3e-08" → "1.3 × 10⁻⁸", "1e-06" → "10⁻⁶"; anything else unchanged. */
    static String scientific(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(-?)(\\d+(?:\\.\\d+)?)[eE]([+-]?)(\\d+)$").matcher(s);
        if (!m.matches()) {
            return s;
        }
        int e = Integer.parseInt((m.group(3).equals("-") ? "-" : "") + m.group(4));
        if (e >= -2 && e <= 3) {
            // 3.8e+00 reads better as 3.8, and 1.2e-02 as 0.012: same significant digits, plain notation
            int digits = m.group(2).replace(".", "").length();
            java.math.BigDecimal v = new java.math.BigDecimal(m.group(2)).scaleByPowerOfTen(e)
                    .round(new java.math.MathContext(digits));
            return m.group(1) + v.toPlainString();
        }
        String exp = m.group(4).replaceFirst("^0+(?=\\d)", "");
        StringBuilder sup = new StringBuilder(m.group(3).equals("-") ? "\u207B" : "");
        for (char c : exp.toCharArray()) {
            sup.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        String mantissa = m.group(2);
        String pow = "10" + sup;
        return m.group(1) + (mantissa.equals("1") ? pow : mantissa + "\u00A0\u00D7\u00A010" + sup);
    }
}

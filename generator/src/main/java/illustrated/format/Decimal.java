package illustrated.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as text, the same on every JDK. {@link Double#toString} prints some doubles differently
 * from JDK 19 on, and {@link String#format}'s {@code %f}/{@code %e}/{@code %g} round the digits that
 * the JDK's own binary-to-decimal conversion produced (a double rounding that depends on it). Here
 * every floating-point number is converted from its exact binary value with {@link BigDecimal}, whose
 * arithmetic is exact and specified, so the text depends on the value alone.
 *
 * <p>{@link #format} is a drop-in for {@code String.format(Locale.ROOT, ...)}: {@code %f}, {@code %e},
 * {@code %g} (with the flags {@code ,+ -0(} and width) of a {@code double}/{@code float} are rounded
 * half-up from the exact value, as the Formatter documents; every other specifier is left to
 * {@link String#format}. {@link #shortest} is the shortest decimal that reads back as the same double.
 */
public final class Decimal {
    private static final Pattern SPEC = Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

    private Decimal() {
    }

    /** {@code String.format(Locale.ROOT, pattern, args)}, with JDK-independent floating-point conversions. */
    public static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder();
        Matcher m = SPEC.matcher(pattern);
        int at = 0;
        int next = 0;
        int last = -1;
        while (m.find()) {
            out.append(pattern, at, m.start());
            at = m.end();
            char conv = m.group(6).charAt(0);
            if (conv == '%' || conv == 'n') {
                out.append(conv == '%' ? "%" : System.lineSeparator());
                continue;
            }
            String flags = m.group(2) == null ? "" : m.group(2);
            int index;
            if (flags.contains("<")) {
                index = last;
            } else if (m.group(1) != null) {
                index = Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1;
            } else {
                index = next++;
            }
            last = index;
            Object arg = index >= 0 && index < args.length ? args[index] : null;
            boolean floating = arg instanceof Double || arg instanceof Float;
            if (floating && "eEfgG".indexOf(conv) >= 0) {
                int precision = m.group(4) == null ? 6 : Integer.parseInt(m.group(4).substring(1));
                int width = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                out.append(pad(floating(((Number) arg).doubleValue(), conv, precision, flags), width, flags));
            } else {
                String single = "%" + flags.replace("<", "") + (m.group(3) == null ? "" : m.group(3))
                        + (m.group(4) == null ? "" : m.group(4)) + (m.group(5) == null ? "" : m.group(5)) + conv;
                out.append(String.format(Locale.ROOT, single, arg));
            }
        }
        out.append(pattern, at, pattern.length());
        return out.toString();
    }

    /** One {@code %f}/{@code %e}/{@code %g} conversion of {@code v} (sign and flags applied, no width). */
    static String floating(double v, char conv, int precision, String flags) {
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String body;
        if (Double.isNaN(v)) {
            return "NaN";
        } else if (Double.isInfinite(v)) {
            body = "Infinity";
        } else {
            BigDecimal abs = new BigDecimal(v).abs();
            body = switch (Character.toLowerCase(conv)) {
                case 'f' -> group(abs.setScale(precision, RoundingMode.HALF_UP).toPlainString(), flags);
                case 'e' -> scientific(abs, precision);
                default -> general(abs, precision == 0 ? 1 : precision, flags);
            };
            if (Character.isUpperCase(conv)) {
                body = body.toUpperCase(Locale.ROOT);
            }
        }
        if (negative) {
            return flags.contains("(") ? "(" + body + ")" : "-" + body;
        }
        return flags.contains("+") ? "+" + body : flags.contains(" ") ? " " + body : body;
    }

    /** {@code %.{precision}e} of a non-negative value: "1.30e-08". */
    static String scientific(BigDecimal abs, int precision) {
        if (abs.signum() == 0) {
            return (precision == 0 ? "0" : "0." + "0".repeat(precision)) + "e+00";
        }
        BigDecimal r = abs.round(new MathContext(precision + 1, RoundingMode.HALF_UP));
        int exponent = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().toString();
        digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
        String mantissa = precision == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int e = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" + e : Integer.toString(e));
    }

    /** {@code %.{precision}g}: fixed notation from 10⁻⁴ up to 10^precision, scientific otherwise. */
    static String general(BigDecimal abs, int precision, String flags) {
        if (abs.signum() == 0) {
            return group(BigDecimal.ZERO.setScale(precision - 1).toPlainString(), flags);
        }
        BigDecimal r = abs.round(new MathContext(precision, RoundingMode.HALF_UP));
        if (r.compareTo(new BigDecimal("0.0001")) >= 0 && r.compareTo(BigDecimal.TEN.pow(precision)) < 0) {
            int exponent = r.precision() - r.scale() - 1;
            return group(r.setScale(Math.max(0, precision - 1 - exponent), RoundingMode.HALF_UP).toPlainString(), flags);
        }
        return scientific(abs, precision - 1);
    }

    private static String group(String plain, String flags) {
        if (!flags.contains(",")) {
            return plain;
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sb + (dot < 0 ? "" : plain.substring(dot));
    }

    private static String pad(String s, int width, String flags) {
        if (s.length() >= width) {
            return s;
        }
        String fill = " ".repeat(width - s.length());
        if (flags.contains("-")) {
            return s + fill;
        }
        if (flags.contains("0") && !s.startsWith("N") && !s.contains("Infinity")) {
            int sign = s.startsWith("-") || s.startsWith("+") || s.startsWith(" ") ? 1 : 0;
            return s.substring(0, sign) + "0".repeat(width - s.length()) + s.substring(sign);
        }
        return fill + s;
    }

    /**
     * The shortest decimal that parses back to exactly {@code v}, laid out as {@link Double#toString}
     * lays it out ("0.001", "1234.5", "1.0E-4", "1.0E7"), but with digits that do not depend on the JDK.
     */
    public static String shortest(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal r = exact;
        for (int p = 1; p <= 17; p++) {
            r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) {
                break;
            }
        }
        r = r.stripTrailingZeros();
        String sign = r.signum() < 0 ? "-" : "";
        BigDecimal abs = r.abs();
        int exponent = abs.precision() - abs.scale() - 1;
        if (exponent >= -3 && exponent < 7) {
            String plain = abs.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = abs.unscaledValue().toString();
        String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        return sign + mantissa + "E" + exponent;
    }

    /** A whole number without a fraction ("12"), anything else as {@link #shortest}. */
    public static String plain(double v) {
        if (v == StrictMath.rint(v) && Math.abs(v) < 1e15) {
            return BigInteger.valueOf((long) v).toString();
        }
        return shortest(v);
    }
}

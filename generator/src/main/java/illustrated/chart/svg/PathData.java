package illustrated.chart.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path data: JFreeSVG's absolute M, L, Q, C, Z rewritten with relative coordinates after the first
 * move and without redundant separators. The differences of decimals are exact, so every point stays
 * where it was.
 */
public final class PathData {
    private static final Pattern ABSOLUTE = Pattern.compile("[MLQCZ0-9.,E -]+");
    private static final Pattern TOKEN = Pattern.compile("[MLQCZ]|-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");

    private PathData() {
    }

    /** Every {@code <path>} whose first attribute is absolute path data gets it relative. */
    static void compact(XmlElement e) {
        if (e.name().equals("path") && e.attributeCount() > 0 && e.attributeName(0).equals("d")) {
            String d = e.value(0);
            if (ABSOLUTE.matcher(d).matches()) {
                e.set("d", relative(d));
            }
        }
        for (Object child : e.children()) {
            if (child instanceof XmlElement c) {
                compact(c);
            }
        }
    }

    /** The path data with relative coordinates; data not in JFreeSVG's absolute form comes back unchanged. */
    public static String relative(String d) {
        Matcher t = TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (t.find()) {
            tokens.add(t.group());
        }
        StringBuilder out = new StringBuilder(d.length());
        BigDecimal cx = BigDecimal.ZERO;
        BigDecimal cy = BigDecimal.ZERO;
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        char previous = 0;
        String lastNumber = null;
        int i = 0;
        boolean first = true;
        while (i < tokens.size()) {
            String tok = tokens.get(i++);
            char c = tok.charAt(0);
            int pairs = switch (c) {
                case 'M', 'L' -> 1;
                case 'Q' -> 2;
                case 'C' -> 3;
                case 'Z' -> 0;
                default -> -1;
            };
            if (pairs < 0 || i + 2 * pairs > tokens.size()) {
                return d; // not the JFreeSVG form: leave it alone
            }
            if (c == 'Z') {
                out.append('z');
                previous = 'z';
                lastNumber = null;
                cx = sx;
                cy = sy;
                continue;
            }
            char letter = first ? 'M' : Character.toLowerCase(c);
            // after a move, further pairs are implicit line-tos: 'm' then 'l' pairs need the letter
            if (letter != previous || letter == 'm' || letter == 'M') {
                out.append(letter);
                lastNumber = null;
            }
            BigDecimal nx = cx;
            BigDecimal ny = cy;
            for (int k = 0; k < pairs; k++) {
                BigDecimal x = new BigDecimal(tokens.get(i++));
                BigDecimal y = new BigDecimal(tokens.get(i++));
                lastNumber = number(out, first ? x : x.subtract(cx), lastNumber);
                lastNumber = number(out, first ? y : y.subtract(cy), lastNumber);
                nx = x;
                ny = y;
            }
            cx = nx;
            cy = ny;
            if (c == 'M') {
                sx = cx;
                sy = cy;
            }
            previous = letter == 'M' || letter == 'm' ? 'm' : letter;
            first = false;
        }
        return out.toString();
    }

    /** Appends a number with the fewest characters: no leading zero, a separator only where needed. */
    private static String number(StringBuilder out, BigDecimal v, String lastNumber) {
        String s = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
        if (s.startsWith("0.")) {
            s = s.substring(1);
        } else if (s.startsWith("-0.")) {
            s = "-" + s.substring(2);
        }
        if (lastNumber != null && !s.startsWith("-") && !(s.startsWith(".") && lastNumber.contains("."))) {
            out.append(' ');
        }
        out.append(s);
        return s;
    }

    /** A decimal rounded half-even to at most {@code places} places, without trailing zeros ("0" for zero). */
    static String decimal(BigDecimal b, int places) {
        BigDecimal r = b.setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.toPlainString();
    }
}

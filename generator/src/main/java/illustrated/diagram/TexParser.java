package illustrated.diagram;

import illustrated.diagram.MathText.Accent;
import illustrated.diagram.MathText.Atom;
import illustrated.diagram.MathText.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser of the TeX notation of {@link MathText} (see there for what it understands). */
final class TexParser {
    static final Map<String, String> ITALIC_SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "\u03B1"), Map.entry("beta", "\u03B2"), Map.entry("gamma", "\u03B3"),
            Map.entry("delta", "\u03B4"), Map.entry("epsilon", "\u03B5"), Map.entry("eta", "\u03B7"),
            Map.entry("theta", "\u03B8"), Map.entry("lambda", "\u03BB"), Map.entry("mu", "\u03BC"),
            Map.entry("sigma", "\u03C3"), Map.entry("tau", "\u03C4"), Map.entry("phi", "\u03C6"),
            Map.entry("psi", "\u03C8"), Map.entry("omega", "\u03C9"));
    static final Map<String, String> UPRIGHT_SYMBOLS = Map.ofEntries(
            Map.entry("Delta", "\u0394"), Map.entry("nabla", "\u2207"), Map.entry("partial", "\u2202"),
            Map.entry("odot", "\u2299"), Map.entry("cdot", "\u22C5"), Map.entry("times", "\u00D7"),
            Map.entry("top", "\u22A4"), Map.entry("ast", "\u2217"), Map.entry("ldots", "\u2026"),
            Map.entry("infty", "\u221E"), Map.entry("to", "\u2192"), Map.entry("mapsto", "\u21A6"),
            Map.entry("in", "\u2208"), Map.entry("colon", ":"), Map.entry("bullet", "\u2219"), Map.entry("approx", "\u2248"));
    private static final List<String> FUNCTIONS = List.of("tanh", "log", "exp", "diag", "softmax", "sin", "cos");

    private final String s;
    private int i;

    TexParser(String s) {
        this.s = s;
    }

    List<Atom> sequence(boolean inGroup) {
        List<Atom> out = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}') {
                if (!inGroup) {
                    throw error("unbalanced '}'");
                }
                return out;
            }
            if (c == '^' || c == '_') {
                i++;
                if (out.isEmpty()) {
                    out.add(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0));
                }
                MathText arg = MathText.of(argument(), s);
                Atom last = out.remove(out.size() - 1);
                if (c == '^') {
                    if (last.sup() != null && !last.sup().atoms().stream().allMatch(x -> x.text().equals("\u2032"))) {
                        throw error("double superscript");
                    }
                    if (last.sup() != null) {
                        List<Atom> both = new ArrayList<>(last.sup().atoms());
                        both.addAll(arg.atoms());
                        arg = MathText.of(both, s);
                    }
                    out.add(last.withSup(arg));
                } else {
                    if (last.sub() != null) {
                        throw error("double subscript");
                    }
                    out.add(last.withSub(arg));
                }
                continue;
            }
            if (c == '\'') {
                // as in TeX, a prime is a superscript (f' = f^{\prime}): the KaTeX glyph is drawn for
                // script position, so set on the baseline it read as a slash ("σ/")
                i++;
                if (out.isEmpty()) {
                    out.add(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0));
                }
                Atom last = out.remove(out.size() - 1);
                List<Atom> sup = new ArrayList<>();
                sup.add(new Atom("\u2032", Style.UPRIGHT, Accent.NONE, null, null, 0));
                if (last.sup() != null) {
                    sup.addAll(last.sup().atoms());
                }
                out.add(last.withSup(MathText.of(sup, s)));
                continue;
            }
            out.addAll(atom());
        }
        if (inGroup) {
            throw error("missing '}'");
        }
        return out;
    }

    /** The argument of ^, _ or an accent: a {group} or one atom. */
    private List<Atom> argument() {
        if (i >= s.length()) {
            throw error("missing argument");
        }
        if (s.charAt(i) == '{') {
            i++;
            List<Atom> g = sequence(true);
            i++;
            return g;
        }
        return atom();
    }

    private List<Atom> atom() {
        char c = s.charAt(i);
        if (c == ' ') {
            i++;
            return List.of();
        }
        if (c == '{') {
            i++;
            List<Atom> g = sequence(true);
            i++;
            return g;
        }
        if (c == '\\') {
            return command();
        }
        i++;
        if (Character.isLetter(c) && c < 128) {
            return List.of(new Atom(String.valueOf(c), Style.ITALIC, Accent.NONE, null, null, 0));
        }
        String t = c == '-' ? "\u2212" : String.valueOf(c);
        return List.of(new Atom(t, Style.UPRIGHT, Accent.NONE, null, null, 0));
    }

    private List<Atom> command() {
        int start = i;
        i++;
        if (i < s.length() && !Character.isLetter(s.charAt(i))) {
            char c = s.charAt(i++);
            if (c == ',') {
                return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.17));
            }
            if (c == ' ') {
                return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.3));
            }
            if (c == '{' || c == '}' || c == '\\') {
                return List.of(new Atom(String.valueOf(c), Style.UPRIGHT, Accent.NONE, null, null, 0));
            }
            i = start;
            throw error("unknown command '\\" + c + "'");
        }
        int nameStart = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String name = s.substring(nameStart, i);
        if (ITALIC_SYMBOLS.containsKey(name)) {
            return List.of(new Atom(ITALIC_SYMBOLS.get(name), Style.ITALIC, Accent.NONE, null, null, 0));
        }
        if (UPRIGHT_SYMBOLS.containsKey(name)) {
            return List.of(new Atom(UPRIGHT_SYMBOLS.get(name), Style.UPRIGHT, Accent.NONE, null, null, 0));
        }
        if (FUNCTIONS.contains(name)) {
            return List.of(new Atom(name, Style.UPRIGHT, Accent.NONE, null, null, 0),
                    new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 0.17));
        }
        switch (name) {
            case "quad" -> {
                return List.of(new Atom("", Style.UPRIGHT, Accent.NONE, null, null, 1.0));
            }
            case "hat", "bar", "tilde" -> {
                Accent acc = name.equals("hat") ? Accent.HAT : name.equals("bar") ? Accent.BAR : Accent.TILDE;
                List<Atom> arg = argument();
                if (arg.size() != 1) {
                    throw error("\\" + name + " takes exactly one symbol");
                }
                Atom a = arg.get(0);
                return List.of(new Atom(a.text(), a.style(), acc, a.sup(), a.sub(), a.spaceEm()));
            }
            case "mathrm", "text", "mathbf" -> {
                Style st = name.equals("mathbf") ? Style.BOLD : Style.UPRIGHT;
                String word = rawGroup();
                return List.of(new Atom(word, st, Accent.NONE, null, null, 0));
            }
            default -> {
                i = start;
                throw error("unknown command '\\" + name + "'");
            }
        }
    }

    /** The literal text of a {group} (no nesting), for \mathrm and friends. */
    private String rawGroup() {
        if (i >= s.length() || s.charAt(i) != '{') {
            throw error("expected '{'");
        }
        int close = s.indexOf('}', i);
        if (close < 0) {
            throw error("missing '}'");
        }
        String word = s.substring(i + 1, close);
        i = close + 1;
        return word;
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException("label '" + s + "' at position " + i + ": " + why);
    }
}

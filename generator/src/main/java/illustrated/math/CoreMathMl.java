package illustrated.math;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * KaTeX's MathML made light and right for MathML Core, the MathML every current browser renders:
 * one bare {@code <math>} per formula (no KaTeX wrapper spans, no {@code <semantics>}, no TeX
 * annotation), {@code mathvariant} as Mathematical Alphanumeric characters (Core ignores the
 * attribute), a table's {@code columnalign} copied onto its cells (the stylesheet aligns them: Core
 * ignores it too), the cells' {@code <mstyle>}s as one attribute of their table, TeX's spacing
 * where Core's operator dictionary differs, runs of letters as one token, and {@code <mrow>}s that
 * group nothing unwrapped.
 */
public final class CoreMathMl {
    /** Elements whose children form one implied row: a lone mrow child of these groups nothing. */
    private static final Set<String> ROWS = Set.of("math", "mrow", "mtd", "msqrt", "mstyle", "mpadded", "mphantom",
            "menclose");
    private static final Set<String> STYLE = Set.of("scriptlevel", "displaystyle");
    private static final Set<String> DELIMITERS = Set.of("(", ")", "[", "]", "{", "}", "|", "\u2223", "\u2225", "\u2016",
            "\u27E8", "\u27E9", "\u230A", "\u230B", "\u2308", "\u2309");
    private static final Set<String> SCRIPTED = Set.of("msub", "msup", "msubsup", "munder", "mover", "munderover", "mroot");
    /** Accents KaTeX writes as ASCII: the spacing modifier letters that math fonts draw as accents. */
    private static final List<String[]> ACCENTS = List.of(new String[] {"^", "\u02C6"}, new String[] {"~", "\u02DC"},
            new String[] {"\u02C9", "\u00AF"});

    private CoreMathMl() {
    }

    /** The one {@code <math>} element of KaTeX's {@code output: 'mathml'} rendering, made Core-friendly. */
    public static String of(String katexMathml) {
        Document doc = Jsoup.parse(katexMathml, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        Element math = doc.selectFirst("math");
        if (math == null) {
            throw new IllegalArgumentException("no <math> in KaTeX's output: " + katexMathml);
        }
        math.removeAttr("xmlns");
        for (Element s : math.select("semantics")) {
            s.select("> annotation, > annotation-xml").remove();
            s.unwrap();
        }
        variants(math);
        accents(math);
        columns(math);
        cellStyles(math);
        for (Element row : math.select("*")) {
            if (ROWS.contains(row.tagName())) {
                mergeRuns(row);
            }
        }
        tighten(math);
        unwrapRows(math);
        return math.outerHtml();
    }

    /** mathvariant as characters: Core draws {@code <mi mathvariant="bold">W</mi>} as a plain W. */
    private static void variants(Element math) {
        for (Element e : math.select("[mathvariant]")) {
            String v = e.attr("mathvariant");
            if (v.equals("normal")) {
                // Core honours "normal" on a one-letter <mi> only: elsewhere upright is the default anyway
                if (!e.tagName().equals("mi") || e.text().codePointCount(0, e.text().length()) != 1) {
                    e.removeAttr("mathvariant");
                }
                continue;
            }
            if (e.children().isEmpty() && MathVariants.known(v)) {
                String mapped = MathVariants.map(e.text(), v);
                if (mapped != null) {
                    e.text(mapped);
                    e.removeAttr("mathvariant");
                }
            }
        }
    }

    private static void accents(Element math) {
        for (Element mo : math.select("mover[accent=true] > mo:last-child")) {
            for (String[] a : ACCENTS) {
                if (mo.text().equals(a[0])) {
                    mo.text(a[1]);
                }
            }
        }
    }

    /** A table's column alignment on its cells, where the stylesheet can read it. */
    private static void columns(Element math) {
        for (Element table : math.select("mtable[columnalign]")) {
            String[] align = table.attr("columnalign").trim().split("\\s+");
            for (Element row : table.children()) {
                int i = 0;
                for (Element cell : row.children()) {
                    String a = align[Math.min(i++, align.length - 1)];
                    if (!a.equals("center")) {
                        cell.attr("columnalign", a);
                    }
                }
            }
            table.removeAttr("columnalign");
        }
    }

    private static void cellStyles(Element math) {
        // the cells' style (display style; script level 0) once, on the table: valid MathML 3 and read by Core
        for (Element table : math.select("mtable")) {
            List<Element> styles = table.select("> mtr > mtd > mstyle:only-child");
            long cells = table.select("> mtr > mtd").size();
            java.util.Set<String> kinds = new java.util.HashSet<>();
            styles.forEach(x -> kinds.add(x.attributes().html()));
            Element first = styles.isEmpty() ? null : styles.get(0);
            if (first != null && styles.size() == cells && kinds.size() == 1 && !inScript(table)
                    && first.attributes().asList().stream().allMatch(x -> STYLE.contains(x.getKey()))
                    && first.attr("scriptlevel").equals("0") && first.hasAttr("displaystyle")) {
                table.attr("displaystyle", first.attr("displaystyle"));
                styles.forEach(Element::unwrap);
            }
        }
    }

    /**
     * A run of letters, digits and non-stretching parentheses in a row becomes one token: h^{(t)} is
     * {@code <mi>(𝑡)</mi>} in its superscript, not a row of four elements. Nothing in such a run is
     * spaced (the parentheses are fences with no space around them in the operator dictionary) and
     * the letters are written as the italic letters MathML Core's automatic italic would have drawn,
     * so the formula looks the same with a quarter of the elements; a reader reads the same text.
     */
    private static void mergeRuns(Element row) {
        List<Element> kids = List.copyOf(row.children());
        if (row.childNodeSize() != kids.size()) {
            return;
        }
        int i = 0;
        while (i < kids.size()) {
            int j = i;
            StringBuilder text = new StringBuilder();
            while (j < kids.size() && runText(kids.get(j)) != null) {
                text.append(runText(kids.get(j)));
                j++;
            }
            if (j - i >= 2) {
                Element first = kids.get(i);
                Element token = new Element("mi").text(text.toString());
                first.before(token);
                for (int k = i; k < j; k++) {
                    kids.get(k).remove();
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** What a token adds to a merged run (letters in italic, as drawn), or null if it cannot join one. */
    private static String runText(Element e) {
        String t = e.text();
        if (!e.children().isEmpty() || t.isEmpty()) {
            return null;
        }
        switch (e.tagName()) {
            case "mi" -> {
                if (e.attributes().isEmpty() && t.codePointCount(0, t.length()) == 1) {
                    String italic = MathVariants.map(t, "italic");
                    return italic != null ? italic : MathVariants.isAlphanumeric(t) ? t : null;
                }
                return e.attributes().size() == 1 && e.attr("mathvariant").equals("normal") && t.codePointCount(0, t.length()) == 1
                        && Character.isLetter(t.codePointAt(0)) ? t : null;
            }
            case "mn" -> {
                return e.attributes().isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.') ? t : null;
            }
            case "mo" -> {
                return e.attributes().size() == 1 && e.attr("stretchy").equals("false")
                        && (t.equals("(") || t.equals(")") || t.equals("[") || t.equals("]")) ? t : null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * TeX's spacing where the operator dictionary of MathML Core differs: a delimiter (\\bigl(, \\lVert,
     * \\left() has no space around it (Core reads a fence in the middle of a row as an infix operator,
     * ‖ as a relation), and no operator in a script or a limit is spaced (t = 1 under a sum is t=1).
     */
    private static void tighten(Element math) {
        for (Element mo : math.select("mo")) {
            boolean delimiter = DELIMITERS.contains(mo.text()) && (mo.attr("fence").equals("true") || mo.attr("stretchy").equals("false"));
            if (delimiter && (mo.text().equals("\u2225") || mo.text().equals("\u2223"))) {
                // \\lVert, \\left| …: KaTeX writes "parallel to" and "divides", relations that do not
                // stretch in Core's dictionary; the fences are ‖ and |
                mo.text(mo.text().equals("\u2225") ? "\u2016" : "|");
            }
            if (delimiter && mo.attr("stretchy").equals("true") && mo.attr("minsize").equals("1.2em")
                    && mo.attr("maxsize").equals("1.2em")) {
                // \\bigl( … \\bigr): Chromium draws a stretched fence with the wide side bearings of a size
                // variant; the glyph at 1.2 times the size is TeX's \\big delimiter, as tight as KaTeX's
                mo.removeAttr("minsize").removeAttr("maxsize").attr("stretchy", "false").attr("mathsize", "1.2em");
            }
            if ((delimiter || inScript(mo)) && !mo.hasAttr("lspace")) {
                mo.attr("lspace", "0em").attr("rspace", "0em");
            }
            mo.removeAttr("fence");
        }
    }

    /** Whether {@code e} is inside a sub- or superscript, a limit or an index (not an accent, not a base). */
    private static boolean inScript(Element e) {
        for (Element c = e, p = e.parent(); p != null && !p.tagName().equals("math"); c = p, p = p.parent()) {
            if (SCRIPTED.contains(p.tagName()) && c.elementSiblingIndex() > 0 && !p.attr("accent").equals("true")
                    && !p.attr("accentunder").equals("true")) {
                return true;
            }
        }
        return false;
    }

    private static void unwrapRows(Element e) {
        for (Element c : e.children()) {
            unwrapRows(c);
        }
        if (!e.tagName().equals("mrow") || !e.attributes().isEmpty() || e.parent() == null) {
            return;
        }
        Element parent = e.parent();
        // one child: the mrow is that child in every position (a fraction's numerator, a script's base)
        // in a row: its children join the row (an mrow alone in its row groups nothing); a stretchy
        // fence's extent is its row, so an mrow among siblings stays
        if (e.childNodeSize() == 1 && e.children().size() == 1
                || ROWS.contains(parent.tagName()) && parent.childNodeSize() == 1) {
            e.unwrap();
        }
    }
}

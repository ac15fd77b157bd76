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
 * ignores it too), a cell's {@code <mstyle>} as the cell's attributes, and {@code <mrow>}s that group nothing unwrapped.
 */
public final class CoreMathMl {
    /** Elements whose children form one implied row: a lone mrow child of these groups nothing. */
    private static final Set<String> ROWS = Set.of("math", "mrow", "mtd", "msqrt", "mstyle", "mpadded", "mphantom",
            "menclose");
    private static final Set<String> STYLE = Set.of("scriptlevel", "displaystyle");
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
        for (Element mo : math.select("mover[accent=true] > mo:last-child")) {
            for (String[] a : ACCENTS) {
                if (mo.text().equals(a[0])) {
                    mo.text(a[1]);
                }
            }
        }
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
        // a cell's style (display style, script level) on the cell itself: Core reads both on any element
        for (Element style : math.select("mtd > mstyle:only-child")) {
            Element cell = style.parent();
            if (style.attributes().asList().stream().allMatch(x -> STYLE.contains(x.getKey()))) {
                style.attributes().forEach(x -> cell.attr(x.getKey(), x.getValue()));
                style.unwrap();
            }
        }
        unwrapRows(math);
        return math.outerHtml();
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

package illustrated.chart;

import illustrated.format.Decimal;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one visual language of the site's charts and diagrams.
 *
 * <p>Colours are <em>roles</em>, not paint: each role has a distinct light-mode colour that the SVG
 * exporter rewrites into {@code var(--fig-ROLE, #light)}, so the page's CSS recolours every figure
 * for dark mode. The typeface is KaTeX's Main font, taken from the KaTeX webjar (a build dependency),
 * so chart layout never depends on the host's fonts and the charts share the math's typeface.
 */
public final class Theme {
    /** Colour roles. The RNN series uses one colour per kind of quantity. */
    public enum Role {
        FG("fg", 0x1F2328), MUTED("muted", 0x57606A), GRID("grid", 0xD8DEE4), PAPER("paper", 0xFFFFFE),
        C1("c1", 0x0072B2), C2("c2", 0xD55E00), C3("c3", 0x009E73), C4("c4", 0xCC79A7), C5("c5", 0xB07A00),
        C6("c6", 0x56B4E9),
        /** inputs x */
        INPUT("input", 0x2E8B57),
        /** hidden state h, LSTM output y */
        HIDDEN("hidden", 0x1F5FBF),
        /** network outputs o, predictions */
        OUTPUT("output", 0xC2571A),
        /** LSTM cell state c */
        CELL("cell", 0xB8860B),
        /** gates i, f, o */
        GATE("gate", 0x6B7B8C),
        /** gradient flow: always purple */
        GRADIENT("gradient", 0x8E44AD),
        /** peepholes: always blue */
        PEEPHOLE("peephole", 0x1E90FF),
        /** soft fills behind shapes */
        FILL("fill", 0xEEF2F6),
        HIGHLIGHT("highlight", 0xFFF3C4);

        private final String css;
        private final int rgb;

        Role(String css, int rgb) {
            this.css = css;
            this.rgb = rgb;
        }

        public String cssName() {
            return "--fig-" + css;
        }

        public Color color() {
            return new Color(rgb);
        }

        public Color color(int alpha) {
            return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
        }

        public String hex() {
            return Decimal.format("#%06x", rgb);
        }
    }

    /** Categorical series colours, in order. */
    public static final List<Role> SERIES = List.of(Role.C1, Role.C2, Role.C3, Role.C4, Role.C5, Role.C6);

    private static volatile Theme standard;

    private final Font regular;
    private final Font italic;
    private final Font bold;

    private Theme(Font regular, Font italic, Font bold) {
        this.regular = regular;
        this.italic = italic;
        this.bold = bold;
    }

    /** The site theme (fonts loaded once). */
    public static Theme standard() {
        Theme t = standard;
        if (t == null) {
            synchronized (Theme.class) {
                if (standard == null) {
                    standard = new Theme(loadFont("KaTeX_Main-Regular.ttf"), loadFont("KaTeX_Math-Italic.ttf"),
                            loadFont("KaTeX_Main-Bold.ttf"));
                }
                t = standard;
            }
        }
        return t;
    }

    public Color color(Role r) {
        return r.color();
    }

    public Color series(int i) {
        return seriesRole(i).color();
    }

    /** The role of categorical series {@code i} (from 0; the colours repeat after {@link #SERIES}). */
    public static Role seriesRole(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** Body text font at {@code size} px. */
    public Font font(float size) {
        return regular.deriveFont(size);
    }

    /** Math-italic font (variables such as x, h, θ). */
    public Font mathFont(float size) {
        return italic.deriveFont(size);
    }

    public Font boldFont(float size) {
        return bold.deriveFont(size);
    }

    public Stroke line() {
        return new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke thin() {
        return new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public Stroke dashed() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** Light-mode colour of every role, keyed by its CSS custom property. */
    public static Map<String, String> lightPalette() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            m.put(r.cssName(), r.hex());
        }
        return m;
    }

    /** The KaTeX font family name of the body font (the SVG text refers to it by this name). */
    public static String fontFamily() {
        return "KaTeX_Main";
    }

    private static Font loadFont(String file) {
        String path = findKatexResource("fonts/" + file);
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the KaTeX webjar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + path + " could not be read", e);
        }
    }

    /** Path of a file of the KaTeX webjar's {@code dist/} folder on the class path. */
    public static String findKatexResource(String relative) {
        return illustrated.math.KatexAssets.find(relative);
    }
}

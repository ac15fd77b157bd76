package illustrated.content;

import illustrated.format.Decimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How wide a figure must be drawn for its labels to stay legible. A figure's labels shrink with the
 * drawing: a label of {@code s} units in a drawing {@code w} units wide renders at
 * {@code s * rendered / w} CSS px. The page gives each figure its <em>label ratio</em>
 * {@code w / smallest s} as the custom property {@code --label-ratio} on its {@code .figure-media} box;
 * the stylesheet draws the figure
 * at least {@code ratio * 11px} wide on phones and {@code ratio * 12px} from 40rem up (the sizes of
 * issue 11), and the figure's box scrolls sideways when that is wider than the column.
 */
public final class FigureFit {
    private static final Pattern VIEW_BOX = Pattern.compile("^<svg[^>]*?\\sviewBox=['\"]\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size(?::\\s*|=['\"])([\\d.]+)(?:px)?");

    private FigureFit() {
    }

    /**
     * The drawing's width over its smallest font size, or 0 when the SVG has no view box or no text
     * with a size (nothing to keep legible).
     */
    public static double labelRatio(String svg) {
        Matcher vb = VIEW_BOX.matcher(svg.strip());
        if (!vb.find()) {
            return 0;
        }
        double width = Double.parseDouble(vb.group(1));
        double smallest = Double.POSITIVE_INFINITY;
        Matcher fs = FONT_SIZE.matcher(svg);
        while (fs.find()) {
            double s = Double.parseDouble(fs.group(1));
            if (s > 0) {
                smallest = Math.min(smallest, s);
            }
        }
        return smallest == Double.POSITIVE_INFINITY ? 0 : width / smallest;
    }

    /**
     * The inline style that carries the ratio (the page's {@link StyleHoister} turns it into a class, as
     * for every inline style), rounded up so that the minimum width never falls short; empty when the
     * figure has no labels.
     */
    public static String style(String svg) {
        double r = labelRatio(svg);
        if (r <= 0) {
            return "";
        }
        return Decimal.format(" style=\"--label-ratio: %.2f\"", Math.ceil(r * 100) / 100);
    }
}

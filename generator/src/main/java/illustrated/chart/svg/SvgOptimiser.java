package illustrated.chart.svg;

/**
 * Shrinks JFreeSVG output without changing what it shows, as rules over the parsed XML tree.
 *
 * <p>JFreeSVG writes one element per Java2D call: a line chart becomes thousands of {@code <line>}s,
 * a heat-map a fill {@code <rect>} and an outline {@code <rect>} per cell, a scatter plot a filled and
 * an outlined {@code <path>} per marker. In order:
 * <ol>
 * <li>{@link Styles}: style attributes written shorter; {@code <g><text>…</text></g>} unwrapped;</li>
 * <li>{@link ShapeMerger}: fill-then-outline pairs joined, runs of shapes of one style and clip merged
 * into one {@code <path>} (equal opaque disks into round-capped dots);</li>
 * <li>{@link ClipGroups}: runs of elements with the same clip put into one clipped group;</li>
 * <li>{@link PathData}: path data with relative coordinates;</li>
 * <li>{@link ColourVariables} (when given a palette): palette colours as CSS custom properties.</li>
 * </ol>
 * {@link SvgXml} reads and writes the tree in JFreeSVG's own form. Deterministic and idempotent:
 * running it on its own output changes nothing.
 */
public final class SvgOptimiser {
    private SvgOptimiser() {
    }

    /** Returns the slimmed SVG; see the class comment. */
    public static String slim(String svg) {
        return slim(svg, ColourVariables.NONE);
    }

    /** Returns the slimmed SVG with the palette's colours as CSS custom properties; see the class comment. */
    public static String slim(String svg, ColourVariables colours) {
        XmlElement root = SvgXml.parse(svg);
        Styles.normalise(root);
        Styles.unwrapText(root);
        ShapeMerger.merge(root);
        ClipGroups.group(root);
        PathData.compact(root);
        colours.apply(root);
        return SvgXml.write(root);
    }
}

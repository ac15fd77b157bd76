package illustrated.report;

import illustrated.chart.SvgSlimmer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two sets of figures (before and after) and sorts every figure into one of: changed,
 * numerically equal, provenance only, added, removed, unchanged.
 *
 * <ul>
 * <li><b>unchanged</b>: SVG, CSV files and provenance byte for byte the same;
 * <li><b>provenance only</b>: picture and data the same, only the provenance record differs (for
 *     instance the input hash after a refactoring that did not change a single number);
 * <li><b>numerically equal</b>: every number within {@link DataDelta#REL_TOL} and every SVG coordinate
 *     within {@link #SVG_TOL} (one step of the SVG's coordinate rounding, {@link SvgSlimmer#round});
 * <li><b>changed</b>: anything else.
 * </ul>
 * Only changed, added and removed figures count as changes (exit code 1 of {@code generator/bin/site diff}).
 */
public final class FigureDiff {
    /**
     * One step of the rounding of SVG coordinates, read off {@link SvgSlimmer#round} itself (which every
     * figure's coordinates go through): a tenth of a pixel.
     */
    public static final double SVG_STEP = roundingStep();
    /** A value that moves by a hair across a rounding boundary moves by one step: that is noise. */
    public static final double SVG_TOL = SVG_STEP * (1 + 1e-9);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Pattern METADATA = Pattern.compile("<metadata\\b[^>]*>.*?</metadata>", Pattern.DOTALL);

    private FigureDiff() {
    }

    /** What happened to one figure. */
    public enum Status { CHANGED, NUMERICALLY_EQUAL, PROVENANCE_ONLY, ADDED, REMOVED, UNCHANGED }

    /**
     * One figure's comparison.
     *
     * @param svgChanged  whether the picture differs (ignoring provenance metadata)
     * @param dataChanged whether any CSV file differs byte for byte
     * @param columns     the per-series number changes (empty for added and removed figures)
     */
    public record Change(String id, Status status, FigureFiles before, FigureFiles after, boolean svgChanged,
            boolean dataChanged, List<DataDelta.Column> columns) {
    }

    /** All figures of both sides, by status, ids sorted. */
    public record Result(List<Change> changes, int unchanged) {
        public List<Change> with(Status s) {
            return changes.stream().filter(c -> c.status() == s).toList();
        }

        /** Whether anything a reviewer must look at changed (exit code 1). */
        public boolean anyChange() {
            return changes.stream().anyMatch(c -> c.status() == Status.CHANGED || c.status() == Status.ADDED
                    || c.status() == Status.REMOVED);
        }
    }

    public static Result compare(Map<String, FigureFiles> before, Map<String, FigureFiles> after) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (String id : ids) {
            FigureFiles a = before.get(id);
            FigureFiles b = after.get(id);
            if (a == null) {
                changes.add(new Change(id, Status.ADDED, null, b, true, true,
                        DataDelta.compare(Map.of(), b.csv())));
                continue;
            }
            if (b == null) {
                changes.add(new Change(id, Status.REMOVED, a, null, true, true,
                        DataDelta.compare(a.csv(), Map.of())));
                continue;
            }
            boolean svgSame = Objects.equals(a.svg(), b.svg());
            boolean dataSame = a.csv().equals(b.csv());
            if (svgSame && dataSame && Objects.equals(a.provenance(), b.provenance())) {
                unchanged++;
                continue;
            }
            boolean pictureSame = Objects.equals(withoutMetadata(a.svg()), withoutMetadata(b.svg()));
            List<DataDelta.Column> cols = DataDelta.compare(a.csv(), b.csv());
            Status s;
            if (pictureSame && dataSame) {
                s = Status.PROVENANCE_ONLY;
            } else if (cols.stream().noneMatch(DataDelta.Column::significant)
                    && (pictureSame || svgWithinRounding(a.svg(), b.svg()))) {
                s = Status.NUMERICALLY_EQUAL;
            } else {
                s = Status.CHANGED;
            }
            changes.add(new Change(id, s, a, b, !pictureSame, !dataSame, cols));
        }
        return new Result(changes, unchanged);
    }

    /** 10^-d, where d is the number of decimals {@link SvgSlimmer#round} keeps. */
    static double roundingStep() {
        return BigDecimal.ONE.movePointLeft(new BigDecimal(SvgSlimmer.round(1.0 / 3)).scale()).doubleValue();
    }

    static String withoutMetadata(String svg) {
        return svg == null ? null : METADATA.matcher(svg).replaceAll("");
    }

    /** Same text once numbers are masked, and every pair of numbers within {@link #SVG_TOL}. */
    static boolean svgWithinRounding(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        a = withoutMetadata(a);
        b = withoutMetadata(b);
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int pa = 0;
        int pb = 0;
        while (true) {
            boolean fa = ma.find();
            boolean fb = mb.find();
            if (fa != fb) {
                return false;
            }
            if (!fa) {
                return a.substring(pa).equals(b.substring(pb));
            }
            if (!a.substring(pa, ma.start()).equals(b.substring(pb, mb.start()))) {
                return false;
            }
            double x = Double.parseDouble(ma.group());
            double y = Double.parseDouble(mb.group());
            if (Math.abs(x - y) > SVG_TOL) {
                return false;
            }
            pa = ma.end();
            pb = mb.end();
        }
    }
}

package illustrated.catalog.pca;

import illustrated.chart.image.GlyphPainter;
import illustrated.chart.xy.PcaCharts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.catalog.curse.CurseFigures;
import illustrated.simulation.curse.ThreeClassData;
import illustrated.simulation.pca.Agreement;
import illustrated.simulation.pca.GlyphGallery;
import illustrated.simulation.pca.GlyphReconstructions;
import illustrated.simulation.pca.Glyphs;
import illustrated.simulation.pca.ReconstructionError;
import illustrated.simulation.pca.Scree;
import java.util.List;

/**
 * Figures of the PCA article built on the glyph images (small digits drawn by code, see
 * {@link Glyphs}), the scree plots, and the values that check the eigen-decompositions.
 *
 * <p><b>Contract with the article</b> (values quoted with {@code [[val:id/name]]}; "10⁻ⁿ" values are
 * upper bounds on rounding noise):
 * <ul>
 * <li>{@code pca-scree}: share of the variance per component and cumulative, for the 12-D data and the
 *     glyphs. Values: {@code oil-elbow}, {@code oil-cum2}, {@code oil-share3}, {@code glyph-share1},
 *     {@code glyph-k90}, {@code glyph-dims}. Extra: {@code oil-share12}.</li>
 * <li>{@code pca-glyph-gallery}: sample glyphs, the mean glyph and the first components. Values:
 *     {@code count}, {@code size}, {@code dims}, {@code shown}, {@code shown-share}. Extra:
 *     {@code pc1-share}, {@code share-1} … {@code share-9}.</li>
 * <li>{@code pca-glyph-reconstructions}: held-out glyphs rebuilt from k = 1, 2, 5, 10, 20, 50
 *     components. Values: {@code error-k1}, {@code error-k5}, {@code error-k20}, {@code error-k50}
 *     (held-out relative error, %), {@code kept-k50}, {@code held-out}. Extra: {@code error-k2},
 *     {@code error-k10}, {@code kept-kN}, {@code dims}.</li>
 * <li>{@code pca-reconstruction-error}: mean squared error against k, measured and predicted. Values:
 *     {@code gap}, {@code k90}, {@code k99}, {@code kept-k10}, {@code kept-k50}, {@code count}. Extra:
 *     {@code total-variance}, {@code dims}, {@code held-out}.</li>
 * <li>{@code pca-agreement} (values only): LAPACK and power iteration against an exactly known case,
 *     and against each other on the glyphs. Values: {@code exact-dims}, {@code exact-largest},
 *     {@code lapack-exact-value}, {@code lapack-exact-vector}, {@code power-exact-value},
 *     {@code power-exact-vector}, {@code routes-value}, {@code routes-vector}, {@code power-glyph-value},
 *     {@code power-glyph-vector}, {@code power-leading}, {@code power-iterations}, {@code orthogonality}.
 *     Extra: {@code glyph-dims}.</li>
 * </ul>
 */
public final class PcaGlyphFigures implements FigureCatalog {
    /** The glyph images (the year of Hotelling's paper that named principal components). */
    public static final long GLYPH_SEED = 1933L;

    @Override
    public List<FigureSpec> figures() {
        return List.of(scree(), gallery(), reconstructions(), reconstructionError(), agreement());
    }

    static FigureSpec scree() {
        Scree.Params p = new Scree.Params(ThreeClassData.Params.standard(), CurseFigures.OIL_SEED,
                Glyphs.Params.standard(), 40);
        return FigureSpec.computed("pca-scree", new Scree(), p, GLYPH_SEED)
                .paint((g, d, t) -> PcaCharts.scree(g, d, t, 960, 420))
                .size(960, 420)
                .narrow(PcaFigures.NARROW, 740, (g, d, t) -> PcaCharts.screeNarrow(g, d, t, PcaFigures.NARROW, 740))
                .title("Scree plots: how the variance is shared among the components")
                .description(d -> "Two charts of the share of the variance along each principal component (blue) and the "
                        + "share of the first k together (orange). Left, the 12-dimensional three-class data: the first two "
                        + "components carry " + d.value("oil-cum2").formatted() + " between them, the third only "
                        + d.value("oil-share3").formatted() + ", and the curve has its elbow after component "
                        + d.value("oil-elbow").formatted() + ". Right, the first 40 of the glyphs' "
                        + d.value("glyph-dims").formatted() + " components: the first carries "
                        + d.value("glyph-share1").formatted() + ", the shares fall off gradually, and "
                        + d.value("glyph-k90").formatted() + " components are needed for 90%.")
                .build();
    }

    static FigureSpec gallery() {
        return FigureSpec.computed("pca-glyph-gallery", new GlyphGallery(), GlyphGallery.Params.standard(), GLYPH_SEED)
                .paint((g, d, t) -> GlyphPainter.gallery(g, d, t, 760, 300))
                .size(760, 300)
                .title("The glyph data set, its mean glyph and its first principal components")
                .description(d -> "Top: two rows of small grey images of the digits 0 to 9, each " + d.value("size").formatted()
                        + " by " + d.value("size").formatted() + " pixels, drawn by code with random slant, size, rotation, "
                        + "position and stroke width; " + d.value("count").formatted() + " such images make the data set. "
                        + "Bottom: the mean of all images, a blurred blob, followed by the first " + d.value("shown").formatted()
                        + " principal components as images, blue where a component adds ink and orange where it removes "
                        + "it. The first carries " + d.value("share-1").formatted() + " of the variance; together the "
                        + d.value("shown").formatted() + " carry " + d.value("shown-share").formatted() + ".")
                .build();
    }

    static FigureSpec reconstructions() {
        GlyphReconstructions.Params p = GlyphReconstructions.Params.standard();
        return FigureSpec.computed("pca-glyph-reconstructions", new GlyphReconstructions(), p, GLYPH_SEED)
                .paint((g, d, t) -> GlyphPainter.reconstructions(g, d, t, p.ks(), p.glyphs().size(), 760))
                .size(760, 420)
                .title("Held-out glyphs rebuilt from 1, 2, 5, 10, 20 and 50 principal components")
                .description(d -> "A table of small images: five glyphs that were not used to fit the components, one "
                        + "per row, rebuilt from their first k principal coordinates for k = 1, 2, 5, 10, 20 and 50, "
                        + "with the original in the last column. With one component every glyph is a blur "
                        + "(relative error " + d.value("error-k1").formatted() + " over the " + d.value("held-out").formatted()
                        + " held-out glyphs); with 5 the digits begin to show (" + d.value("error-k5").formatted()
                        + "); with 20 they are readable (" + d.value("error-k20").formatted() + "); with 50 they are "
                        + "close to the originals (" + d.value("error-k50").formatted() + ").")
                .build();
    }

    static FigureSpec reconstructionError() {
        return FigureSpec.computed("pca-reconstruction-error", new ReconstructionError(),
                        ReconstructionError.Params.standard(), GLYPH_SEED)
                .chart(PcaCharts::reconstructionError)
                .size(760, 440)
                .title("Reconstruction error against the number of components: measured and predicted")
                .description(d -> "Log-scale chart of the mean squared reconstruction error per glyph against the number "
                        + "of components kept, k. The line is the sum of the discarded eigenvalues; orange diamonds, "
                        + "measured on the " + d.value("count").formatted() + " fitted glyphs, lie on it to within a "
                        + "relative " + d.value("gap").formatted() + ". Green squares, measured on "
                        + d.value("held-out").formatted() + " held-out glyphs, lie slightly above. Ten components keep "
                        + d.value("kept-k10").formatted() + " of the variance, fifty keep " + d.value("kept-k50").formatted()
                        + "; 90% needs " + d.value("k90").formatted() + " components and 99% needs "
                        + d.value("k99").formatted() + ".")
                .build();
    }

    static FigureSpec agreement() {
        return FigureSpec.values("pca-agreement", new Agreement(), Agreement.Params.standard(), GLYPH_SEED);
    }
}

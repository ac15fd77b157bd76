package illustrated.simulation.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import illustrated.figure.Csv;
import illustrated.simulation.Numerics;
import illustrated.simulation.SeededCase;
import illustrated.simulation.curse.ThreeClassData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same seed, same data (byte for byte as CSV); another seed, other data. Small parameters keep it quick. */
class PcaDeterminismTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    static List<SeededCase<?>> random() {
        Cloud.Params cloud = new Cloud.Params(60, 2, 0.7, 30, 4, 3);
        Glyphs.Params glyphs = new Glyphs.Params(100, 10, 12, 1.0);
        return List.of(
                new SeededCase<>(new OilFlowViews(), new ThreeClassData.Params(12, 30, 1.5, 1)),
                new SeededCase<>(new CloudShadows(), new CloudShadows.Params(cloud, List.of(0.0, 90.0))),
                new SeededCase<>(new VarianceByAngle(), new VarianceByAngle.Params(cloud, 5, List.of(0.0))),
                new SeededCase<>(new LagrangeView(), new LagrangeView.Params(cloud, List.of(0.0, 1.0), 80, 0.5)),
                new SeededCase<>(new ProjectionResiduals(), cloud),
                new SeededCase<>(new Whitening(), cloud),
                new SeededCase<>(new GlyphGallery(), new GlyphGallery.Params(glyphs, 10, 3)),
                new SeededCase<>(new GlyphReconstructions(), new GlyphReconstructions.Params(glyphs, List.of(1, 2), List.of(1, 5))),
                new SeededCase<>(new ReconstructionError(), new ReconstructionError.Params(glyphs, List.of(0, 2, 5))),
                new SeededCase<>(new CurvedManifolds(), new CurvedManifolds.Params(80, 0.02, 0.75, 2.25, 3, 5)));
    }

    @Test
    void theSeedDecidesTheData() {
        SeededCase.assertSeedDecides(random());
    }

    @Test
    void thePrecisionExperimentNeedsNoRandomness() {
        SeededCase<?> c = new SeededCase<>(new SvdPrecision(), new SvdPrecision.Params(16, 30, 8));
        assertEquals(Csv.files(c.run(1)), Csv.files(c.run(2)));
    }
}

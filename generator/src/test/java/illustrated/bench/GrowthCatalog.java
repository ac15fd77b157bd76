package illustrated.bench;

import illustrated.chart.Charts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.fixture.FixtureCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code generator/bin/bench-growth} (not a test): the fixture site's one computed figure, made
 * {@code GROWTH_COPIES} times (environment variable, default 1) as distinct figures {@code waves-1} ...
 * {@code waves-N} (each with its own number of cycles, so each is really computed), one per copy of the
 * fixture article.
 */
public final class GrowthCatalog implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        int copies = Integer.parseInt(System.getenv().getOrDefault("GROWTH_COPIES", "1"));
        List<FigureSpec> out = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            out.add(FigureSpec.computed("waves-" + k, new FixtureCatalog.Waves(),
                    new FixtureCatalog.Waves.Params(41, 1.0 + k / 10.0), 7L + k)
                    .chart((d, t) -> Charts.lines(t, "x", "y", d.series()))
                    .size(640, 360)
                    .title("Sine and cosine, copy " + k)
                    .description(d -> "Sine, cosine and a noisy sine; the mean square of the sine is "
                            + d.value("mean-square").formatted() + ".")
                    .build());
        }
        return out;
    }
}

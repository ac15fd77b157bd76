package illustrated.report;

import illustrated.chart.Theme;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Rasterises figure SVGs with Apache Batik (in this JVM, no host tools) and diffs two rasters.
 * Theme colours are CSS custom properties with the light colour as fallback; Batik does not know
 * {@code var()}, so the fallback is substituted first. The KaTeX fonts the charts were laid out with
 * are registered so that text renders with the same glyphs on every machine.
 */
public final class Raster {
    private static final Pattern VAR = Pattern.compile("var\\(--[A-Za-z0-9-]+,\\s*(#[0-9a-fA-F]{3,8})\\)");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "<svg\\b[^>]*?viewBox=['\"][-0-9.]+\\s+[-0-9.]+\\s+([0-9.]+)\\s+([0-9.]+)['\"]");
    private static volatile boolean fontsRegistered;

    private Raster() {
    }

    /** A raster of one SVG at its own size, on white. */
    public static BufferedImage render(String svg) throws TranscoderException {
        registerFonts();
        String plain = VAR.matcher(svg).replaceAll("$1");
        Capture t = new Capture();
        t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        // the figures have a viewBox but no width/height (they scale with the page): render at the viewBox size
        java.util.regex.Matcher vb = VIEW_BOX.matcher(plain);
        if (vb.find()) {
            t.addTranscodingHint(ImageTranscoder.KEY_WIDTH, Float.parseFloat(vb.group(1)));
            t.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, Float.parseFloat(vb.group(2)));
        }
        TranscoderInput in = new TranscoderInput(new StringReader(plain));
        in.setURI("file:///figure.svg");
        t.transcode(in, null);
        return t.image;
    }

    /** The pixel difference of two rasters. */
    public record Difference(BufferedImage image, long pixels, long total) {
        public double fraction() {
            return total == 0 ? 0 : (double) pixels / total;
        }
    }

    /**
     * Differing pixels in magenta over a faded copy of the new picture; rasters of different sizes are
     * compared over the larger canvas (what only one has counts as different).
     */
    public static Difference diff(BufferedImage a, BufferedImage b) {
        int w = Math.max(a.getWidth(), b.getWidth());
        int h = Math.max(a.getHeight(), b.getHeight());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int pa = x < a.getWidth() && y < a.getHeight() ? a.getRGB(x, y) : 0xFFFFFFFF;
                int pb = x < b.getWidth() && y < b.getHeight() ? b.getRGB(x, y) : 0xFFFFFFFF;
                boolean inBoth = x < a.getWidth() && y < a.getHeight() && x < b.getWidth() && y < b.getHeight();
                int d = Math.max(Math.abs(((pa >> 16) & 255) - ((pb >> 16) & 255)),
                        Math.max(Math.abs(((pa >> 8) & 255) - ((pb >> 8) & 255)), Math.abs((pa & 255) - (pb & 255))));
                if (d > 0 || !inBoth) {
                    n++;
                    out.setRGB(x, y, 0xE0007A);
                } else {
                    int lum = (((pb >> 16) & 255) * 3 + ((pb >> 8) & 255) * 6 + (pb & 255)) / 10;
                    int g = 200 + lum * 55 / 255;
                    out.setRGB(x, y, (g << 16) | (g << 8) | g);
                }
            }
        }
        return new Difference(out, n, (long) w * h);
    }

    private static void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        synchronized (Raster.class) {
            if (!fontsRegistered) {
                GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
                Theme t = Theme.standard();
                for (Font f : new Font[] {t.font(12f), t.mathFont(12f), t.boldFont(12f)}) {
                    ge.registerFont(f);
                }
                fontsRegistered = true;
            }
        }
    }

    private static final class Capture extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            this.image = img;
        }
    }
}

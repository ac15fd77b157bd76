package illustrated.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.ext.awt.g2d.AbstractGraphics2D;
import org.apache.batik.ext.awt.g2d.GraphicContext;
import org.jfree.svg.SVGGraphics2D;

/**
 * A Graphics2D (Batik's {@link AbstractGraphics2D} keeps the state and reduces every shape call to
 * {@code draw} / {@code fill}) that keeps, in drawing order, what each call put on the page: stroked
 * outlines, fills with their opacity, and the ink box of every string. Text is measured exactly as the
 * SVG export measures it (JFreeSVG's font render context). Test code: it lets a check ask whether a
 * label sits on a line that no fill drawn between the two hides.
 */
final class RecordingGraphics extends AbstractGraphics2D {
    /** What one drawing call left on the page. */
    enum Kind { STROKE, FILL, TEXT }

    /** One recorded mark in page coordinates; {@code alpha} is the fill's opacity (0–255), {@code text} the string. */
    record Mark(Kind kind, Shape shape, int alpha, String text) { }

    private final SVGGraphics2D export;
    private final List<Mark> marks;

    RecordingGraphics(int width, int height) {
        super(true);
        this.gc = new GraphicContext();
        this.export = new SVGGraphics2D(width, height);
        this.marks = new ArrayList<>();
    }

    private RecordingGraphics(RecordingGraphics from) {
        super(from);
        this.export = from.export;
        this.marks = from.marks;
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    @Override
    public void draw(Shape s) {
        Shape outline = getStroke() instanceof BasicStroke b ? b.createStrokedShape(s) : s;
        marks.add(new Mark(Kind.STROKE, getTransform().createTransformedShape(outline), 255, null));
    }

    @Override
    public void fill(Shape s) {
        int alpha = getPaint() instanceof Color c ? c.getAlpha() : 255;
        marks.add(new Mark(Kind.FILL, getTransform().createTransformedShape(s), alpha, null));
    }

    @Override
    public void drawString(String s, float x, float y) {
        Rectangle2D ink = getFont().createGlyphVector(getFontRenderContext(), s).getVisualBounds();
        Rectangle2D at = new Rectangle2D.Double(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
        marks.add(new Mark(Kind.TEXT, getTransform().createTransformedShape(at).getBounds2D(), 255, s));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return export.getFontRenderContext();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return export.getFontMetrics(f);
    }

    @Override
    public Graphics create() {
        return new RecordingGraphics(this);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return export.getDeviceConfiguration();
    }

    @Override
    public void dispose() {
        // nothing held
    }

    @Override
    public void drawString(AttributedCharacterIterator text, float x, float y) {
        throw unsupported("attributed text");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver observer) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        throw unsupported("images");
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        throw unsupported("images");
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        throw unsupported("copyArea");
    }

    @Override
    public void setXORMode(Color c) {
        throw unsupported("XOR mode");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("diagrams draw no " + what + "; the label check cannot see it");
    }
}

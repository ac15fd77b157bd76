package illustrated.diagram.curse;

import illustrated.figure.Painter;

/** A geometry sketch that knows the canvas it lays out for (the painters here are records of their size). */
public interface Sketch extends Painter {
    /** Canvas width in px. */
    int width();

    /** Canvas height in px. */
    int height();
}

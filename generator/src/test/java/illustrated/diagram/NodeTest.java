package illustrated.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class NodeTest {
    private static final double EPS = 1e-9;

    @Test
    void circleBoundaryIsAtTheRadiusInEveryDirection() {
        Node n = Node.circle(10, 20, 5);
        for (int deg = 0; deg < 360; deg += 15) {
            Point2D p = n.at(deg);
            assertEquals(5.0, p.distance(n.center()), EPS, "angle " + deg);
        }
    }

    @Test
    void anglesFollowPaperConventionOnAScreenWithYDown() {
        Node n = Node.circle(0, 0, 1);
        assertEquals(-1.0, n.at(90).getY(), EPS, "90 degrees is up");
        assertEquals(1.0, n.at(0).getX(), EPS, "0 degrees is right");
        assertEquals(n.top().getY(), n.at(90).getY(), EPS);
    }

    @Test
    void rectangleBoundaryPointLiesOnTheRectangleAndOnTheRay() {
        Node r = Node.rect(0, 0, 40, 20);
        Point2D p = r.toward(new Point2D.Double(100, 100));
        assertEquals(10.0, p.getY(), EPS, "a 45-degree ray leaves a wide box through its bottom edge");
        assertEquals(p.getX(), p.getY(), EPS, "and stays on the ray");
        Point2D q = r.toward(new Point2D.Double(-100, 0));
        assertEquals(-20.0, q.getX(), EPS);
    }

    @Test
    void facingPointsOfTwoNodesAreOnTheirBoundaries() {
        Node a = Node.circle(0, 0, 10);
        Node b = Node.circle(100, 0, 10);
        Point2D[] e = Arrows.between(a, b, 0);
        assertEquals(10.0, e[0].getX(), EPS);
        assertEquals(90.0, e[1].getX(), EPS);
    }

    @Test
    void sizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Node.rect(0, 0, 0, 5));
    }
}

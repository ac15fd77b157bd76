package illustrated.simulation.nn.rnn;

/** Plain gradient descent, θ ← θ − η ∇θ L, in place. */
public final class Sgd {
    private final double rate;

    public Sgd(double rate) {
        this.rate = rate;
    }

    public void step(RnnParameters p, Gradients g) {
        p.U().subi(g.U().mul(rate));
        p.V().subi(g.V().mul(rate));
        p.W().subi(g.W().mul(rate));
        p.b().subi(g.b().mul(rate));
        p.c().subi(g.c().mul(rate));
    }
}

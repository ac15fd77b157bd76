package illustrated.simulation.nn.lstm;

import static illustrated.simulation.nn.lstm.LstmWeights.F;
import static illustrated.simulation.nn.lstm.LstmWeights.I;
import static illustrated.simulation.nn.lstm.LstmWeights.O;
import static illustrated.simulation.nn.lstm.LstmWeights.Z;

import illustrated.simulation.nn.PairwiseOps;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Preallocated arrays of one LSTM forward/backward pass for a given (T, B, n, H), and every per-step
 * view of them, made once. With small hidden sizes ND4J's cost is per operation, not per number, and
 * making a view costs about as much as an arithmetic operation; reusing the buffers across training
 * updates roughly halves the operations of a step. A trace of a pass stays valid until the next pass
 * on the same buffers.
 */
final class LstmBuffers {
    final int steps;
    final int batch;
    final int inputs;
    final int hidden;

    /** Gate pre-activations, overwritten in place by the activations: [T, B, 4H], blocks z, i, f, o. */
    final INDArray act;
    /** Cells c(0..T) and outputs y(0..T): [T+1, B, H]. */
    final INDArray c;
    final INDArray y;
    final INDArray tanhC;
    final INDArray dAct;
    final INDArray dy;
    final INDArray kO;
    final INDArray kC;
    /**
     * The factors k_z, k_i, k_f as [3, T, B, H]: each is one contiguous [T, B, H] block (computed at
     * full speed for the whole sequence), and a step sees the three as a [B, 3, H] view.
     */
    final INDArray kZif;
    /** The three contiguous [T, B, H] blocks of kZif. */
    final INDArray kZ;
    /** A column of T*B ones: sums over all steps and sequences as one matrix product. */
    final INDArray ones;
    final INDArray kI;
    final INDArray kF;
    final INDArray carry;
    final INDArray dc;
    /** {@code dc} seen as [B, 1, H], for the broadcast product with the three factors k_z, k_i, k_f. */
    final INDArray dcB;
    /** The element-wise operations of the per-step recursions, on one reused native context. */
    final PairwiseOps ops = new PairwiseOps();
    final INDArray tmp;

    final INDArray[] actT;
    final INDArray[] zT;
    final INDArray[] iT;
    final INDArray[] fT;
    final INDArray[] oT;
    /** Columns i, f, o together (sigmoid in one operation without peepholes). */
    final INDArray[] ifoT;
    /** [B, 2, H] views of i-bar and f-bar (peepholes added in one operation). */
    final INDArray[] ifT;
    final INDArray[] cT;
    final INDArray[] yT;
    final INDArray[] tanhCT;
    final INDArray[] dActT;
    final INDArray[] dOT;
    final INDArray[] dZifT;
    final INDArray[] dIfT;
    final INDArray[] dyT;
    final INDArray[] kOT;
    final INDArray[] kCT;
    final INDArray[] kZifT;

    LstmBuffers(int steps, int batch, int inputs, int hidden) {
        this.steps = steps;
        this.batch = batch;
        this.inputs = inputs;
        this.hidden = hidden;
        long h = hidden;
        act = Nd4j.create(steps, batch, 4 * h);
        c = Nd4j.zeros(steps + 1, batch, h);
        y = Nd4j.zeros(steps + 1, batch, h);
        tanhC = Nd4j.create(steps, batch, h);
        dAct = Nd4j.create(steps, batch, 4 * h);
        dy = Nd4j.create(steps, batch, h);
        kO = Nd4j.create(steps, batch, h);
        kC = Nd4j.create(steps, batch, h);
        kZif = Nd4j.create(3, steps, batch, h);
        kZ = kZif.slice(0);
        kI = kZif.slice(1);
        kF = kZif.slice(2);
        ones = Nd4j.ones(steps * (long) batch, 1);
        carry = Nd4j.create(batch, h);
        dc = Nd4j.create(batch, h);
        dcB = dc.reshape(batch, 1, h);
        tmp = Nd4j.create(batch, h);
        INDArrayIndex all = NDArrayIndex.all();
        actT = new INDArray[steps];
        zT = new INDArray[steps];
        iT = new INDArray[steps];
        fT = new INDArray[steps];
        oT = new INDArray[steps];
        ifoT = new INDArray[steps];
        ifT = new INDArray[steps];
        tanhCT = new INDArray[steps];
        dActT = new INDArray[steps];
        dOT = new INDArray[steps];
        dZifT = new INDArray[steps];
        dIfT = new INDArray[steps];
        dyT = new INDArray[steps];
        kOT = new INDArray[steps];
        kCT = new INDArray[steps];
        kZifT = new INDArray[steps];
        cT = new INDArray[steps + 1];
        yT = new INDArray[steps + 1];
        for (int t = 0; t < steps; t++) {
            INDArray a = act.slice(t);
            actT[t] = a;
            zT[t] = a.get(all, LstmWeights.block(Z, h));
            iT[t] = a.get(all, LstmWeights.block(I, h));
            fT[t] = a.get(all, LstmWeights.block(F, h));
            oT[t] = a.get(all, LstmWeights.block(O, h));
            ifoT[t] = a.get(all, NDArrayIndex.interval(I * h, 4 * h));
            ifT[t] = a.reshape(batch, 4, h).get(all, NDArrayIndex.interval(I, F + 1), all);
            tanhCT[t] = tanhC.slice(t);
            INDArray da = dAct.slice(t);
            dActT[t] = da;
            dOT[t] = da.get(all, LstmWeights.block(O, h));
            dZifT[t] = da.reshape(batch, 4, h).get(all, NDArrayIndex.interval(0, 3), all);
            dIfT[t] = da.reshape(batch, 4, h).get(all, NDArrayIndex.interval(I, F + 1), all);
            dyT[t] = dy.slice(t);
            kOT[t] = kO.slice(t);
            kCT[t] = kC.slice(t);
            kZifT[t] = kZif.get(all, NDArrayIndex.point(t), all, all).permute(1, 0, 2);
        }
        for (int t = 0; t <= steps; t++) {
            cT[t] = c.slice(t);
            yT[t] = y.slice(t);
        }
    }

    /** Frees every buffer now (their views, the traces of passes on them, become invalid). */
    void close() {
        for (INDArray a : new INDArray[] {act, c, y, tanhC, dAct, dy, kO, kC, kZif, carry, dc, tmp, ones}) {
            a.close();
        }
    }

    boolean fits(int steps, int batch, int inputs, int hidden) {
        return this.steps == steps && this.batch == batch && this.inputs == inputs && this.hidden == hidden;
    }
}

package courseware.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.NonFiniteResultException;
import courseware.engine.SplitMix64;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static final Dataset TINY = new Dataset(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2});

    @Test
    void lossesAndGradientsByHand() {
        double[] w = {0, 0};
        // least squares at w = 0: residuals -1, -2; loss (1/4)(1 + 4) = 1.25; gradient (1/2)(-(1,2) - 2(3,4))
        assertEquals(1.25, Model.LINEAR_LEAST_SQUARES.loss(TINY, w), 0.0);
        assertArrayEquals(new double[] {-3.5, -5}, Model.LINEAR_LEAST_SQUARES.gradient(TINY, w), 0.0);
        // logistic at w = 0 with labels 0/1: loss log 2, gradient (1/2) sum (0.5 - y) x
        Dataset labels = new Dataset(new double[][] {{1, 2}, {3, 4}}, new double[] {0, 1});
        assertEquals(Math.log(2), Model.LOGISTIC.loss(labels, w), 1e-16);
        assertArrayEquals(new double[] {(0.5 * 1 - 0.5 * 3) / 2, (0.5 * 2 - 0.5 * 4) / 2},
                Model.LOGISTIC.gradient(labels, w), 1e-16);
        // no overflow for large margins: loss of z = 1000 with y = 1 is log(1 + e^-1000) ~ 0
        assertEquals(0, Model.LOGISTIC.loss(new Dataset(new double[][] {{1000}}, new double[] {1}), new double[] {1}),
                1e-300);
    }

    @Test
    void fullBatchOneStepByHand() {
        // w1 = 0 - 0.1 * (-3.5, -5) = (0.35, 0.5)
        TrainingResult r = Training.fullBatch(TINY, Model.LINEAR_LEAST_SQUARES, 0.1, 1, new double[] {0, 0});
        assertArrayEquals(new double[] {0.35, 0.5}, r.weights(), 1e-16);
        assertEquals(1, r.updates());
        assertEquals(2, r.lossPerEpoch().length);
        assertEquals(1.25, r.lossPerEpoch()[0], 0.0);
    }

    @Test
    void miniBatchOfWholeDataEqualsFullBatch() {
        // with B = n every epoch is one full-data step; the shuffle only reorders a sum
        Dataset data = Datasets.linearRegression(3, 50, new double[] {1, -2}, 0.1);
        TrainingResult full = Training.fullBatch(data, Model.LINEAR_LEAST_SQUARES, 0.1, 20, new double[2]);
        TrainingResult mini = Training.miniBatch(data, Model.LINEAR_LEAST_SQUARES, 0.1, 20, 50, new double[2], 9);
        assertArrayEquals(full.weights(), mini.weights(), 1e-12);
        // B = 10 makes 5 updates per epoch
        assertEquals(100, Training.miniBatch(data, Model.LINEAR_LEAST_SQUARES, 0.1, 20, 10, new double[2], 9)
                .updates());
    }

    @Test
    void datasetsAreSeeded() {
        Dataset a = Datasets.linearRegression(11, 5, new double[] {1, 2}, 0.5);
        assertEquals(a, Datasets.linearRegression(11, 5, new double[] {1, 2}, 0.5));
        // row 0 draws two normals then the noise normal from SplitMix64(11), in that order
        SplitMix64 r = new SplitMix64(11);
        double x0 = r.nextGaussian();
        double x1 = r.nextGaussian();
        assertArrayEquals(new double[] {x0, x1}, a.x()[0], 0.0);
        assertEquals(x0 * 1 + x1 * 2 + 0.5 * r.nextGaussian(), a.y()[0], 0.0);
        Dataset l = Datasets.logistic(11, 200, new double[] {3});
        for (double y : l.y()) {
            assertTrue(y == 0 || y == 1);
        }
    }

    @Test
    void fullBatchVersusMiniBatchExperiment() {
        BatchComparison c = BatchExperiment.run(Model.LINEAR_LEAST_SQUARES, 200, new double[] {1, -2}, 0.5, 0.05,
                10, 20, 8, 100).requireFinite();
        assertEquals(8, c.fullBatch().values().length);
        // same seeds, same answer
        assertEquals(c, BatchExperiment.run(Model.LINEAR_LEAST_SQUARES, 200, new double[] {1, -2}, 0.5, 0.05,
                10, 20, 8, 100));
        // with the same number of epochs, 10x more (noisy) updates get closer to the noise floor sigma^2/2 = 0.125
        assertTrue(c.miniBatch().summary().mean() < c.fullBatch().summary().mean());
        assertTrue(c.miniBatch().summary().mean() > 0.05);
        BatchComparison logistic = BatchExperiment.run(Model.LOGISTIC, 200, new double[] {2, -1}, 0, 0.5, 10, 20, 4, 1);
        assertTrue(logistic.finite());
    }

    @Test
    void limitsAndValidation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchExperiment.run(Model.LOGISTIC, 1_000_000, new double[] {1, 2, 3, 4, 5}, 0, 0.1, 100, 10,
                        100, 0));
        assertTrue(e.getMessage().startsWith("batch experiment: the experiment needs about "), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Training.miniBatch(TINY, Model.LOGISTIC, 0.1, 1, 3, new double[2], 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[][] {{1}, {1, 2}}, new double[] {0, 1}));
        // divergence shows up as a non-finite result, cut at the epoch where it happened
        TrainingResult blowUp = Training.fullBatch(TINY, Model.LINEAR_LEAST_SQUARES, 10, 1000, new double[2]);
        assertTrue(!blowUp.finite());
        assertThrows(NonFiniteResultException.class, blowUp::requireFinite);
    }
}

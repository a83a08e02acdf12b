package courseware.engine.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.Convention;
import courseware.engine.NonFiniteResultException;
import org.junit.jupiter.api.Test;

class ClippingTest {

    @Test
    void textbookLessonValues() {
        // ||(3,4)|| = 5 = c: not clipped, left exactly as is (textbook g * min(1, c/||g||))
        ClipResult atThreshold = Clipping.byNorm(new double[] {3, 4}, 5);
        assertArrayEquals(new double[] {3, 4}, atThreshold.gradient(), 0.0);
        assertEquals(5, atThreshold.normBefore(), 0.0);
        assertEquals(1, atThreshold.scale(), 0.0);
        assertFalse(atThreshold.clipped());
        // ||(6,8)|| = 10 > 5: scale 1/2 gives (3,4) exactly
        ClipResult big = Clipping.byNorm(new double[] {6, 8}, 5);
        assertArrayEquals(new double[] {3, 4}, big.gradient(), 0.0);
        assertEquals(10, big.normBefore(), 0.0);
        assertEquals(0.5, big.scale(), 0.0);
        assertTrue(big.clipped());
    }

    @Test
    void torchAlwaysMultipliesByCOverNormPlusEpsilon() {
        // pytorch/pytorch torch/nn/utils/clip_grad.py: clip_coef = max_norm / (total_norm + 1e-6), clamp(max=1.0);
        // python3 float64: min(5 / (5.0 + 1e-6), 1.0) = 0.99999980000004, 3 * coef = 2.99999940000012
        ClipResult r = Clipping.byNorm(new double[] {3, 4}, 5, Convention.PYTORCH);
        assertEquals(0.99999980000004, r.scale(), 1e-16);
        assertEquals(2.99999940000012, r.gradient()[0], 1e-15);
        assertEquals(3.99999920000016, r.gradient()[1], 1e-15);
        assertTrue(r.clipped());
        // transformers' Trainer clips through accelerate -> torch.nn.utils.clip_grad_norm_
        assertEquals(r, Clipping.byNorm(new double[] {3, 4}, 5, Convention.TRANSFORMERS));
        // (6,8): python3 min(5 / (10.0 + 1e-6), 1.0) = 0.499999950000005
        assertEquals(0.499999950000005, Clipping.byNorm(new double[] {6, 8}, 5, Convention.PYTORCH).scale(), 1e-16);
        // small gradients: coefficient clamps to exactly 1.0 (torch test_clip_grad_norm "left unchanged")
        ClipResult small = Clipping.byNorm(new double[] {0.3, 0.4}, 5, Convention.PYTORCH);
        assertArrayEquals(new double[] {0.3, 0.4}, small.gradient(), 0.0);
        assertFalse(small.clipped());
    }

    @Test
    void optaxUsesStrictLessThanAndDividesFirst() {
        // google-deepmind/optax optax/_src/clipping.py clip_by_global_norm: trigger = g_norm < max_norm, else
        // (t / g_norm) * max_norm. At the threshold it takes the clipping branch; python3: (3/5.0)*5 = 3.0
        ClipResult r = Clipping.byNorm(new double[] {3, 4}, 5, Convention.OPTAX);
        assertArrayEquals(new double[] {3, 4}, r.gradient(), 0.0);
        assertTrue(r.clipped());
        assertArrayEquals(new double[] {3, 4}, Clipping.byNorm(new double[] {6, 8}, 5, Convention.OPTAX).gradient(),
                0.0);
        assertThrows(IllegalArgumentException.class,
                () -> Clipping.byNorm(new double[] {1, 2}, 1, 1.0, Convention.OPTAX));
    }

    @Test
    void torchTestGradientsForEveryNormType() {
        // pytorch/pytorch test/test_nn.py test_clip_grad_norm: grads arange(1, 101) and ones(10)/1000, max_norm 2,
        // norm types 0.5, 1.5, 2, 4, inf: after clipping the norm equals max_norm and all entries share one scale.
        double[] g = new double[110];
        for (int i = 0; i < 100; i++) {
            g[i] = i + 1;
        }
        for (int i = 100; i < 110; i++) {
            g[i] = 1.0 / 1000;
        }
        for (double p : new double[] {0.5, 1.5, 2, 4, Double.POSITIVE_INFINITY}) {
            ClipResult r = Clipping.byNorm(g, 2, p, Convention.PYTORCH);
            assertEquals(2, Clipping.norm(r.gradient(), p), 1e-5, "p = " + p);
            for (int i = 0; i < g.length; i++) {
                assertEquals(r.scale(), r.gradient()[i] / g[i], 1e-15);
            }
        }
        // inf norm is the largest magnitude: 100
        assertEquals(100, Clipping.norm(g, Double.POSITIVE_INFINITY), 0.0);
    }

    @Test
    void zeroAndNonFiniteGradients() {
        ClipResult zero = Clipping.byNorm(new double[] {0, 0}, 1);
        assertArrayEquals(new double[] {0, 0}, zero.gradient(), 0.0);
        assertEquals(0, zero.normBefore(), 0.0);
        assertTrue(zero.finite());
        // torch: 1 / (0 + 1e-6) clamps to 1, zero stays zero
        assertArrayEquals(new double[] {0, 0}, Clipping.byNorm(new double[] {0, 0}, 1, Convention.PYTORCH).gradient(),
                0.0);
        // NaN or infinity in: reported through finite() / requireFinite(), never as a plain number
        ClipResult nan = Clipping.byNorm(new double[] {Double.NaN, 1}, 1);
        assertFalse(nan.finite());
        assertThrows(NonFiniteResultException.class, nan::requireFinite);
        ClipResult inf = Clipping.byNorm(new double[] {Double.POSITIVE_INFINITY, 1}, 1, Convention.PYTORCH);
        assertEquals(Double.POSITIVE_INFINITY, inf.normBefore());
        assertFalse(inf.finite());
    }

    @Test
    void hugeButFiniteGradientsDoNotOverflowTheNorm() {
        ClipResult r = Clipping.byNorm(new double[] {3e200, 4e200}, 1);
        assertEquals(5e200, r.normBefore(), 1e186);
        assertEquals(0.6, r.gradient()[0], 1e-15);
        assertTrue(r.finite());
    }

    @Test
    void byValue() {
        // torch clip_grad_value_ / optax clip: clamp to [-c, c]
        ClipResult r = Clipping.byValue(new double[] {3, -4, 0.5}, 1);
        assertArrayEquals(new double[] {1, -1, 0.5}, r.gradient(), 0.0);
        assertEquals(4, r.normBefore(), 0.0);
        assertEquals(0.25, r.scale(), 0.0);
        assertTrue(r.clipped());
        assertFalse(Clipping.byValue(new double[] {1, -1}, 1).clipped());
        assertFalse(Clipping.byValue(new double[] {Double.NaN}, 1).finite());
    }

    @Test
    void validation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Clipping.byNorm(new double[] {1}, -1));
        assertEquals("clip by norm: max norm c must be >= 0 (or infinity), got -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Clipping.byNorm(new double[] {1}, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Clipping.byNorm(new double[] {1}, 1, 0, Convention.TEXTBOOK));
    }

    @Test
    void noParametersHaveNormZeroAndNothingIsClipped() {
        // torch/nn/utils/clip_grad.py clip_grad_norm_ with no gradients: _get_total_norm returns torch.tensor(0.0)
        // when len(tensors) == 0, and _clip_grads_with_norm_ returns when len(grads) == 0, before any clip_coef (so
        // even max_norm 0 clips nothing). optax/_src/linear_algebra.py global_norm: sqrt of the sum over no leaves, 0;
        // clip_by_global_norm then maps over no leaves. The textbook norm of no coordinates is the empty sum, 0.
        for (Convention c : Convention.values()) {
            for (double maxNorm : new double[] {1, 0, Double.POSITIVE_INFINITY}) {
                ClipResult r = Clipping.byNorm(new double[0], maxNorm, c);
                assertEquals(0, r.gradient().length, c + " " + maxNorm);
                assertEquals(0.0, r.normBefore(), 0.0, c + " " + maxNorm);
                assertEquals(1.0, r.scale(), 0.0, c + " " + maxNorm);
                assertFalse(r.clipped(), c + " " + maxNorm);
                assertTrue(r.finite());
            }
        }
        assertEquals(0.0, Clipping.byNorm(new double[0], 1, Double.POSITIVE_INFINITY, Convention.PYTORCH).normBefore(), 0.0);
        // the other arguments are still checked
        assertThrows(IllegalArgumentException.class, () -> Clipping.byNorm(new double[0], -1));
        assertThrows(IllegalArgumentException.class, () -> Clipping.byNorm(new double[0], 1, 3, Convention.OPTAX));
    }

    @Test
    void anInfiniteThresholdOnlyMeasures() {
        // torch/nn/utils/clip_grad.py: clip_coef = max_norm / (total_norm + 1e-6) = inf, clamp(max=1.0) -> 1, so
        // clip_grad_norm_(max_norm=inf) returns the norm and leaves g as it is; optax clip_by_global_norm: g is
        // kept when norm < max_norm; clamping to [-inf, inf] changes nothing.
        double inf = Double.POSITIVE_INFINITY;
        for (Convention c : new Convention[] {Convention.TEXTBOOK, Convention.PYTORCH, Convention.OPTAX}) {
            ClipResult r = Clipping.byNorm(new double[] {3, 4}, inf, c);
            assertArrayEquals(new double[] {3, 4}, r.gradient(), 0.0, c.name());
            assertEquals(5, r.normBefore(), 0.0);
            assertEquals(1, r.scale(), 0.0);
            assertFalse(r.clipped());
            assertTrue(r.finite());
        }
        assertArrayEquals(new double[] {3, -4}, Clipping.byValue(new double[] {3, -4}, inf).gradient(), 0.0);
        // a non-finite gradient still gives a non-finite result: inf / inf is NaN in torch's coefficient
        assertFalse(Clipping.byNorm(new double[] {inf, 1}, inf, Convention.PYTORCH).finite());
        assertThrows(NonFiniteResultException.class,
                () -> Clipping.byNorm(new double[] {inf, 1}, inf, Convention.TEXTBOOK).requireFinite());
    }
}

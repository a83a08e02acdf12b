package courseware.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.experiment.LabelSmoothing;
import courseware.engine.optim.SgdBounds;
import org.junit.jupiter.api.Test;

class FormulaTest {

    @Test
    void labelSmoothing() {
        // (1 - 0.1) y + 0.1 / 4: [0.025, 0.925, 0.025, 0.025] (optax smooth_labels formula)
        assertArrayEquals(new double[] {0.025, 0.925, 0.025, 0.025},
                LabelSmoothing.smooth(new double[] {0, 1, 0, 0}, 0.1), 1e-16);
        assertArrayEquals(new double[] {0.025, 0.925, 0.025, 0.025}, LabelSmoothing.smoothOneHot(1, 4, 0.1), 1e-16);
        assertArrayEquals(new double[] {0.5, 0.5}, LabelSmoothing.smoothOneHot(0, 2, 1), 0.0);   // eps 1: uniform
        assertArrayEquals(new double[] {0, 1}, LabelSmoothing.smoothOneHot(1, 2, 0), 0.0);       // eps 0: unchanged
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelSmoothing.smooth(new double[] {0, 1}, 1.5));
        assertEquals("label smoothing: eps must be between 0 and 1, got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelSmoothing.smoothOneHot(4, 4, 0.1));
    }

    @Test
    void nonConvexSgdBound() {
        // 2 L (f0 - f*) / K + sigma^2 / B with L 2, f0 10, f* 0, K 100, sigma 3, B 9: 0.4 + 1 = 1.4 (hand)
        assertEquals(1.4, SgdBounds.nonConvex(2, 10, 0, 100, 3, 9), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SgdBounds.nonConvex(2, 10, 0, 0, 3, 9));
        assertEquals("non-convex SGD bound: iterations K must be > 0, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SgdBounds.nonConvex(2, -1, 0, 10, 3, 9));
    }
}

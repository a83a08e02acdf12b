package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.Limits;

/**
 * y <- (1 - eps) y + eps / K over K classes. optax smooth_labels, torch CrossEntropyLoss(label_smoothing) and
 * transformers' LabelSmoother all use this same target (see docs/engine.md).
 */
public final class LabelSmoothing {
    private LabelSmoothing() {
    }

    public static double[] smooth(double[] labels, double eps) {
        String what = "label smoothing";
        Check.finiteVector(what, "labels", labels);
        Check.between(what, "eps", eps, 0, 1);
        int k = labels.length;
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = (1.0 - eps) * labels[i] + eps / k;
        }
        return out;
    }

    /** The smoothed one-hot vector for class {@code index} of {@code classes}. */
    public static double[] smoothOneHot(int index, int classes, double eps) {
        String what = "label smoothing";
        Check.positive(what, "number of classes K", classes);
        if (index < 0 || index >= classes) {
            throw Check.fail(what, "class index must be between 0 and " + (classes - 1) + ", got " + index);
        }
        if (classes > Limits.MAX_DIMENSION) {
            throw Check.fail(what, "at most " + Limits.MAX_DIMENSION + " classes, got " + classes);
        }
        double[] y = new double[classes];
        y[index] = 1;
        return smooth(y, eps);
    }
}

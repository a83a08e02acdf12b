package courseware.engine.experiment;

import courseware.engine.Check;

/**
 * Softmax cross-entropy of logits, with label smoothing eps over K classes. For a class index this is torch
 * {@code CrossEntropyLoss(label_smoothing=eps)} as aten computes it ({@code cross_entropy_loss_label_smoothing}):
 * {@code (1 - eps) * nll + (eps / K) * (-sum_k log p_k)} with log p from a max-shifted log_softmax. optax
 * ({@code softmax_cross_entropy(logits, smooth_labels(onehot, eps))}) and transformers' LabelSmoother give the same
 * value. For a probability target, torch smooths the target first: {@code -sum_k ((1 - eps) t_k + eps / K) log p_k}.
 */
public final class CrossEntropy {
    private static final String WHAT = "cross-entropy";

    private CrossEntropy() {
    }

    /** Loss for the class with 0-based index {@code target}. */
    public static double loss(double[] logits, int target, double eps) {
        double[] logp = logSoftmax(logits);
        Check.between(WHAT, "label smoothing eps", eps, 0, 1);
        if (target < 0 || target >= logits.length) {
            throw Check.fail(WHAT, "the class index must be between 0 and " + (logits.length - 1) + ", got " + target);
        }
        double nll = -logp[target];
        if (eps == 0) {
            return nll;
        }
        double smooth = 0;
        for (double v : logp) {
            smooth += v;
        }
        smooth = -smooth;
        return (1 - eps) * nll + smooth * (eps / logits.length);
    }

    /** Loss for a probability target (class probabilities, smoothed by eps first as torch does). */
    public static double loss(double[] logits, double[] target, double eps) {
        double[] logp = logSoftmax(logits);
        Check.finiteVector(WHAT, "target", target);
        Check.sameLength(WHAT, "target", target, logits.length);
        Check.between(WHAT, "label smoothing eps", eps, 0, 1);
        double sum = 0;
        for (int k = 0; k < logp.length; k++) {
            double t = eps == 0 ? target[k] : target[k] * (1 - eps) + eps / logits.length;
            sum += t * logp[k];
        }
        return -sum;
    }

    /** x - max - log(sum(exp(x - max))), the stable form torch's CPU kernel uses. */
    static double[] logSoftmax(double[] logits) {
        Check.finiteVector(WHAT, "logits", logits);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : logits) {
            sum += StrictMath.exp(v - max);
        }
        double logSum = StrictMath.log(sum);
        double[] out = new double[logits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logits[i] - max - logSum;
        }
        return out;
    }
}

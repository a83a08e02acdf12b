package courseware.engine.clip;

import courseware.engine.Check;
import courseware.engine.Convention;

/**
 * Gradient clipping by norm and by value. Textbook: g * min(1, c / ||g||), unchanged when ||g|| <= c.
 * PYTORCH/TRANSFORMERS: torch clip_grad_norm_ always multiplies by min(1, c / (||g|| + 1e-6)).
 * OPTAX: clip_by_global_norm leaves g unchanged when ||g|| < c, else computes (g / ||g||) * c (L2 only).
 */
public final class Clipping {
    /** The epsilon torch adds to the norm (torch/nn/utils/clip_grad.py, clip_coef = max_norm / (total_norm + 1e-6)). */
    static final double TORCH_NORM_EPS = 1e-6;

    private Clipping() {
    }

    /** Textbook L2 clipping. */
    public static ClipResult byNorm(double[] gradient, double maxNorm) {
        return byNorm(gradient, maxNorm, 2.0, Convention.TEXTBOOK);
    }

    /** L2 clipping in a library's convention. */
    public static ClipResult byNorm(double[] gradient, double maxNorm, Convention convention) {
        return byNorm(gradient, maxNorm, 2.0, convention);
    }

    /**
     * p-norm clipping; p = Double.POSITIVE_INFINITY is the max norm. Non-finite gradients are allowed and flagged. No
     * coordinates at all (no parameters) have norm 0 and are left as they are, in every convention: torch's
     * clip_grad_norm_ returns torch.tensor(0.0) from _get_total_norm for no tensors and _clip_grads_with_norm_ returns
     * before computing a coefficient; optax's global_norm sums no leaves to 0 and clips no leaves.
     */
    public static ClipResult byNorm(double[] gradient, double maxNorm, double p, Convention convention) {
        String what = "clip by norm";
        Check.notNull(what, "gradient", gradient);
        if (gradient.length > 0) {
            Check.vector(what, "gradient", gradient);
        }
        threshold(what, "max norm c", maxNorm);
        Check.notNull(what, "convention", convention);
        if (!(p > 0)) {
            throw Check.fail(what, "norm order p must be > 0 (or infinity), got " + Check.show(p));
        }
        if (convention == Convention.OPTAX && p != 2) {
            throw Check.fail(what, "optax clip_by_global_norm only uses the L2 norm, got p = " + Check.show(p));
        }
        if (gradient.length == 0) {
            return new ClipResult(new double[0], 0.0, 1.0, false);
        }
        double norm = Norms.norm(gradient, p);
        double[] out = gradient.clone();
        switch (convention) {
            case PYTORCH:
            case TRANSFORMERS: {
                double coef = Math.min(maxNorm / (norm + TORCH_NORM_EPS), 1.0);
                for (int i = 0; i < out.length; i++) {
                    out[i] = gradient[i] * coef;
                }
                return new ClipResult(out, norm, coef, coef < 1.0 || Double.isNaN(coef));
            }
            case OPTAX: {
                if (norm < maxNorm) {
                    return new ClipResult(out, norm, 1.0, false);
                }
                for (int i = 0; i < out.length; i++) {
                    out[i] = (gradient[i] / norm) * maxNorm;
                }
                return new ClipResult(out, norm, maxNorm / norm, true);
            }
            default: {
                if (norm <= maxNorm) {
                    return new ClipResult(out, norm, 1.0, false);
                }
                double scale = maxNorm / norm;
                for (int i = 0; i < out.length; i++) {
                    out[i] = gradient[i] * scale;
                }
                return new ClipResult(out, norm, scale, true);
            }
        }
    }

    /** Clamp every coordinate to [-c, c] (same in torch clip_grad_value_ and optax clip); NaN stays NaN. */
    public static ClipResult byValue(double[] gradient, double clipValue) {
        String what = "clip by value";
        Check.vector(what, "gradient", gradient);
        threshold(what, "clip value c", clipValue);
        double before = Norms.norm(gradient, Double.POSITIVE_INFINITY);
        double[] out = new double[gradient.length];
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(-clipValue, Math.min(clipValue, gradient[i]));
            changed |= Double.compare(out[i], gradient[i]) != 0;
        }
        double scale = before > clipValue ? clipValue / before : 1.0;
        return new ClipResult(out, before, Double.isNaN(before) ? Double.NaN : scale, changed);
    }

    /**
     * A threshold is a number >= 0 or +infinity: torch's clip_grad_norm_(max_norm=inf) is the usual way to only
     * measure the norm (clip_coef = inf, clamped to 1), and optax's clip_by_global_norm(inf) never clips.
     */
    private static void threshold(String what, String name, double c) {
        if (Double.isNaN(c) || c < 0) {
            throw Check.fail(what, name + " must be >= 0 (or infinity), got " + Check.show(c));
        }
    }

    /** ||g||_p; p = Double.POSITIVE_INFINITY gives max |g_i|. */
    public static double norm(double[] gradient, double p) {
        Check.vector("norm", "vector", gradient);
        if (!(p > 0)) {
            throw Check.fail("norm", "order p must be > 0 (or infinity), got " + Check.show(p));
        }
        return Norms.norm(gradient, p);
    }
}

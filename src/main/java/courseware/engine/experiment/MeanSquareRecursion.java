package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.Limits;

/**
 * The mean-square recursion of noisy gradient steps on a linear model, E[x_{k+1}^2] = (1 + eta a)^2 E[x_k^2]
 * + eta^2 sigma^2, from x_{k+1} = x_k + eta (a x_k + sigma xi_k) with xi_k ~ N(0, 1) independent. For GD on
 * f(x) = lambda x^2 / 2 with gradient noise, a = -lambda.
 */
public record MeanSquareRecursion(double eta, double a, double sigma) {
    private static final String WHAT = "mean-square recursion";

    public MeanSquareRecursion {
        Check.finite(WHAT, "step size eta", eta);
        Check.finite(WHAT, "coefficient a", a);
        Check.nonNegative(WHAT, "noise sigma", sigma);
    }

    /** (1 + eta a)^2, the contraction factor. */
    public double factor() {
        double r = 1 + eta * a;
        return r * r;
    }

    /** eta^2 sigma^2, the noise injected per step. */
    public double noise() {
        return eta * eta * sigma * sigma;
    }

    /** E[x^2] after one step from m. */
    public double next(double m) {
        return factor() * m + noise();
    }

    /** m_0 .. m_steps by iterating the recursion (length steps + 1). */
    public double[] sequence(double m0, long steps) {
        Check.nonNegative(WHAT, "initial mean square m0", m0);
        Check.nonNegative(WHAT, "steps", steps);
        if (steps + 1 > Limits.MAX_SEQUENCE_LENGTH) {
            throw Check.fail(WHAT, "at most " + (Limits.MAX_SEQUENCE_LENGTH - 1)
                    + " steps per sequence (Limits.MAX_SEQUENCE_LENGTH), got " + steps);
        }
        double[] m = new double[(int) steps + 1];
        m[0] = m0;
        for (int k = 1; k < m.length; k++) {
            m[k] = next(m[k - 1]);
        }
        return m;
    }

    /** Closed form r^k m0 + c (1 - r^k) / (1 - r), or m0 + k c when r = 1. */
    public double at(long k, double m0) {
        Check.nonNegative(WHAT, "step k", k);
        Check.nonNegative(WHAT, "initial mean square m0", m0);
        double r = factor();
        double c = noise();
        if (r == 1) {
            return m0 + k * c;
        }
        double rk = StrictMath.pow(r, k);
        return rk * m0 + c * (1 - rk) / (1 - r);
    }

    /** True when (1 + eta a)^2 < 1, i.e. the recursion settles. */
    public boolean stable() {
        return factor() < 1;
    }

    /** The fixed point eta^2 sigma^2 / (1 - (1 + eta a)^2); only defined when {@link #stable()}. */
    public double stationaryValue() {
        if (!stable()) {
            throw new IllegalStateException(WHAT + ": no stationary value because (1 + eta a)^2 = "
                    + factor() + " >= 1 (eta = " + eta + ", a = " + a + ")");
        }
        return noise() / (1 - factor());
    }
}

package courseware.engine.optim;

import courseware.engine.Convention;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SGD. The conventions differ in the momentum buffer's first step: TEXTBOOK starts it at 0 and dampens every step
 * (b_1 = (1 - tau) g_1); PYTORCH/TRANSFORMERS set b_1 = g_1 (torch/optim/sgd.py); OPTAX's trace starts at 0
 * without dampening, which gives b_1 = g_1 as well.
 * <p>Nesterov differs in form: TEXTBOOK is the look-ahead form of Sutskever et al. (2013), eq. (3)-(4):
 * v <- mu v - lr grad f(x + mu v), x <- x + v, so the gradient is taken at the look-ahead point (see
 * {@link #gradientPoint}); PYTORCH keeps b <- mu b + g, x <- x - lr (g + mu b) with g at x (torch/optim/sgd.py),
 * OPTAX the same with its trace (optax/_src/transform.py, trace(nesterov=True)).
 */
final class Sgd extends Optimizer {
    private final SgdConfig config;
    private final double[] buffer;
    private boolean bufferStarted;
    /** TEXTBOOK Nesterov's velocity v (a step, already scaled by -lr). */
    private final boolean lookAhead;

    Sgd(SgdConfig config, double[] initialParams) {
        super("SGD", initialParams, config.lr());
        this.config = config;
        this.buffer = new double[params.length];
        this.lookAhead = config.nesterov() && config.convention() == Convention.TEXTBOOK;
    }

    /** Look-ahead Nesterov evaluates the gradient at x + mu v; every other form at x. */
    @Override
    double[] gradientPoint() {
        if (!lookAhead) {
            return super.gradientPoint();
        }
        double[] y = new double[params.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = params[i] + config.momentum() * buffer[i];
        }
        return y;
    }

    @Override
    void update(double[] g, double lr, long t) {
        double mu = config.momentum();
        double tau = config.dampening();
        double wd = config.weightDecay();
        boolean torch = config.convention() == Convention.PYTORCH || config.convention() == Convention.TRANSFORMERS;
        if (lookAhead) {
            double[] y = gradientPoint();
            for (int i = 0; i < params.length; i++) {
                double grad = (config.maximize() ? -g[i] : g[i]) + wd * y[i];
                buffer[i] = mu * buffer[i] - lr * grad;
                params[i] = params[i] + buffer[i];
            }
            return;
        }
        for (int i = 0; i < params.length; i++) {
            double gi = config.maximize() ? -g[i] : g[i]; // torch: grad = -grad first when maximize
            double grad = wd != 0 ? TorchOps.add(gi, params[i], wd) : gi;
            double d = grad;
            if (mu != 0) {
                if (torch) {
                    buffer[i] = bufferStarted ? TorchOps.add(buffer[i] * mu, grad, 1 - tau) : grad;
                } else if (config.convention() == Convention.OPTAX) {
                    buffer[i] = grad + mu * buffer[i];
                } else {
                    buffer[i] = mu * buffer[i] + (1 - tau) * grad;
                }
                d = config.nesterov() ? grad + mu * buffer[i] : buffer[i];
            }
            if (config.convention() == Convention.OPTAX) {
                params[i] = params[i] + (-lr * d);
            } else if (torch) {
                params[i] = TorchOps.add(params[i], d, -lr);
            } else {
                params[i] = params[i] - lr * d;
            }
        }
        bufferStarted = true;
    }

    @Override
    Map<String, double[]> buffers() {
        Map<String, double[]> m = new LinkedHashMap<>();
        if (config.momentum() != 0) {
            m.put(lookAhead ? "velocity" : "momentum_buffer", buffer);
        }
        return m;
    }
}

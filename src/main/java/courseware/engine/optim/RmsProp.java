package courseware.engine.optim;

import courseware.engine.Convention;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RMSProp. TEXTBOOK/PYTORCH/TRANSFORMERS (torch/optim/rmsprop.py): v = a v + (1-a) g^2, denominator
 * sqrt(v - gbar^2) + eps (centered) or sqrt(v) + eps, momentum buffer b = mu b + g / denom, x -= lr b.
 * OPTAX (scale_by_rms / scale_by_stddev, then scale by -lr, then trace): eps inside the square root, and the
 * momentum trace accumulates the lr-scaled update.
 */
final class RmsProp extends Optimizer {
    private final RmsPropConfig config;
    private final double[] squareAvg;
    private final double[] gradAvg;
    private final double[] buffer;

    RmsProp(RmsPropConfig config, double[] initialParams) {
        super("RMSProp", initialParams, config.lr());
        this.config = config;
        this.squareAvg = new double[params.length];
        Arrays.fill(squareAvg, config.initialScale());
        this.gradAvg = new double[params.length];
        this.buffer = new double[params.length];
    }

    @Override
    void update(double[] g, double lr, long t) {
        double a = config.alpha();
        double eps = config.eps();
        double mu = config.momentum();
        double wd = config.weightDecay();
        boolean optax = config.convention() == Convention.OPTAX;
        for (int i = 0; i < params.length; i++) {
            double grad = wd != 0 ? TorchOps.add(g[i], params[i], wd) : g[i];
            if (optax) {
                squareAvg[i] = (1 - a) * (grad * grad) + a * squareAvg[i];
                double scaled;
                if (config.centered()) {
                    gradAvg[i] = (1 - a) * grad + a * gradAvg[i];
                    scaled = grad * (1 / StrictMath.sqrt(squareAvg[i] - gradAvg[i] * gradAvg[i] + eps));
                } else {
                    scaled = grad * (1 / StrictMath.sqrt(squareAvg[i] + eps));
                }
                double u = -lr * scaled;
                if (mu != 0) {
                    buffer[i] = u + mu * buffer[i];
                    u = config.nesterov() ? u + mu * buffer[i] : buffer[i];
                }
                params[i] = params[i] + u;
            } else {
                squareAvg[i] = TorchOps.addcmul(squareAvg[i] * a, grad, grad, 1 - a);
                double avg;
                if (config.centered()) {
                    gradAvg[i] = TorchOps.lerp(gradAvg[i], grad, 1 - a);
                    avg = StrictMath.sqrt(TorchOps.addcmul(squareAvg[i], gradAvg[i], gradAvg[i], -1)) + eps;
                } else {
                    avg = StrictMath.sqrt(squareAvg[i]) + eps;
                }
                if (mu > 0) {
                    buffer[i] = TorchOps.addcdiv(buffer[i] * mu, grad, avg, 1);
                    params[i] = TorchOps.add(params[i], buffer[i], -lr);
                } else {
                    params[i] = TorchOps.addcdiv(params[i], grad, avg, -lr);
                }
            }
        }
    }

    @Override
    Map<String, double[]> buffers() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("square_avg", squareAvg);
        if (config.centered()) {
            m.put("grad_avg", gradAvg);
        }
        if (config.momentum() != 0) {
            m.put("momentum_buffer", buffer);
        }
        return m;
    }
}

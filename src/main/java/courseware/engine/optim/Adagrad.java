package courseware.engine.optim;

import courseware.engine.Convention;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdaGrad: G += g^2, x -= lr_t g / (sqrt(G) + eps) with lr_t = lr / (1 + (t - 1) lr_decay) (TEXTBOOK, PYTORCH,
 * TRANSFORMERS). OPTAX (scale_by_rss): x -= lr g / sqrt(G + eps), and 0 where G = 0.
 */
final class Adagrad extends Optimizer {
    private final AdagradConfig config;
    private final double[] sum;

    Adagrad(AdagradConfig config, double[] initialParams) {
        super("AdaGrad", initialParams, config.lr());
        this.config = config;
        this.sum = new double[params.length];
        Arrays.fill(sum, config.initialAccumulator());
    }

    @Override
    void update(double[] g, double lr, long t) {
        double wd = config.weightDecay();
        double eps = config.eps();
        if (config.convention() == Convention.OPTAX) {
            for (int i = 0; i < params.length; i++) {
                double grad = wd != 0 ? g[i] + wd * params[i] : g[i];
                sum[i] = grad * grad + sum[i];
                double inv = sum[i] > 0 ? 1 / StrictMath.sqrt(sum[i] + eps) : 0.0;
                params[i] = params[i] + (-lr * (inv * grad));
            }
            return;
        }
        double clr = lr / (1 + (t - 1) * config.lrDecay());
        for (int i = 0; i < params.length; i++) {
            double grad = wd != 0 ? TorchOps.add(g[i], params[i], wd) : g[i];
            sum[i] = TorchOps.addcmul(sum[i], grad, grad, 1);
            double std = StrictMath.sqrt(sum[i]) + eps;
            params[i] = TorchOps.addcdiv(params[i], grad, std, -clr);
        }
    }

    @Override
    Map<String, double[]> buffers() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("sum", sum);
        return m;
    }
}

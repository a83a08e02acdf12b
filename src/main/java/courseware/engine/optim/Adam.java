package courseware.engine.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam / AdamW / AMSGrad, one update rule per convention (docs/engine.md has the side-by-side table):
 * TEXTBOOK = Kingma and Ba, Algorithm 1 (AMSGrad: max of bias-corrected v-hat; AdamW: x -= lr (u + wd x));
 * PYTORCH = torch/optim/adam.py and adamw.py single-tensor path (AMSGrad keeps the max of the raw v);
 * OPTAX = scale_by_adam / scale_by_amsgrad (+ add_decayed_weights) then scale by -lr;
 * TRANSFORMERS = legacy transformers.AdamW (eps added before bias correction, weight decay after the step).
 */
final class Adam extends Optimizer {
    private final AdamConfig c;
    private final double[] m;
    private final double[] v;
    private final double[] vMax;

    Adam(AdamConfig config, double[] initialParams) {
        super(config.decoupled() ? "AdamW" : config.amsgrad() ? "AMSGrad" : "Adam", initialParams, config.lr());
        this.c = config;
        this.m = new double[params.length];
        this.v = new double[params.length];
        this.vMax = new double[params.length];
    }

    @Override
    void update(double[] gradient, double lr, long t) {
        double[] g = gradient;
        if (c.maximize()) { // torch adam.py: grad = -grad before everything else
            g = new double[gradient.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = -gradient[i];
            }
        }
        switch (c.convention()) {
            case PYTORCH -> torch(g, lr, t);
            case OPTAX -> optax(g, lr, t);
            case TRANSFORMERS -> transformers(g, lr, t);
            default -> textbook(g, lr, t);
        }
    }

    private void textbook(double[] g, double lr, long t) {
        double b1 = c.beta1();
        double b2 = c.beta2();
        double bc1 = 1 - StrictMath.pow(b1, t);
        double bc2 = 1 - StrictMath.pow(b2, t);
        for (int i = 0; i < params.length; i++) {
            double grad = !c.decoupled() && c.weightDecay() != 0 ? g[i] + c.weightDecay() * params[i] : g[i];
            m[i] = b1 * m[i] + (1 - b1) * grad;
            v[i] = b2 * v[i] + (1 - b2) * grad * grad;
            double mHat = m[i] / bc1;
            double vHat = v[i] / bc2;
            if (c.amsgrad()) {
                vMax[i] = Math.max(vMax[i], vHat);
                vHat = vMax[i];
            }
            double u = mHat / (StrictMath.sqrt(vHat) + c.eps());
            if (c.decoupled()) {
                u += c.weightDecay() * params[i];
            }
            params[i] = params[i] - lr * u;
        }
    }

    private void torch(double[] g, double lr, long t) {
        double b1 = c.beta1();
        double b2 = c.beta2();
        double bc1 = 1 - StrictMath.pow(b1, (double) t);
        double bc2 = 1 - StrictMath.pow(b2, (double) t);
        double stepSize = lr / bc1;
        double bc2Sqrt = StrictMath.sqrt(bc2);
        for (int i = 0; i < params.length; i++) {
            double grad = g[i];
            if (c.decoupled()) {
                params[i] = params[i] * (1 - lr * c.weightDecay());
            } else if (c.weightDecay() != 0) {
                grad = TorchOps.add(grad, params[i], c.weightDecay());
            }
            m[i] = TorchOps.lerp(m[i], grad, 1 - b1);
            v[i] = TorchOps.addcmul(v[i] * b2, grad, grad, 1 - b2);
            double denom;
            if (c.amsgrad()) {
                vMax[i] = Math.max(vMax[i], v[i]);
                denom = StrictMath.sqrt(vMax[i]) / bc2Sqrt + c.eps();
            } else {
                denom = StrictMath.sqrt(v[i]) / bc2Sqrt + c.eps();
            }
            params[i] = TorchOps.addcdiv(params[i], m[i], denom, -stepSize);
        }
    }

    private void optax(double[] g, double lr, long t) {
        double b1 = c.beta1();
        double b2 = c.beta2();
        double bc1 = 1 - StrictMath.pow(b1, t);
        double bc2 = 1 - StrictMath.pow(b2, t);
        for (int i = 0; i < params.length; i++) {
            double grad = !c.decoupled() && c.weightDecay() != 0 ? g[i] + c.weightDecay() * params[i] : g[i];
            m[i] = (1 - b1) * grad + b1 * m[i];
            v[i] = (1 - b2) * (grad * grad) + b2 * v[i];
            double mHat = m[i] / bc1;
            double vHat = v[i] / bc2;
            if (c.amsgrad()) {
                vMax[i] = Math.max(vMax[i], vHat);
                vHat = vMax[i];
            }
            double u = mHat / (StrictMath.sqrt(vHat + c.epsRoot()) + c.eps());
            if (c.decoupled()) {
                u = u + c.weightDecay() * params[i];
            }
            params[i] = params[i] + (-lr * u);
        }
    }

    private void transformers(double[] g, double lr, long t) {
        double b1 = c.beta1();
        double b2 = c.beta2();
        double bc1 = 1.0 - StrictMath.pow(b1, t);
        double bc2 = 1.0 - StrictMath.pow(b2, t);
        double stepSize = lr * StrictMath.sqrt(bc2) / bc1;
        for (int i = 0; i < params.length; i++) {
            m[i] = TorchOps.add(m[i] * b1, g[i], 1.0 - b1);
            v[i] = TorchOps.addcmul(v[i] * b2, g[i], g[i], 1.0 - b2);
            double denom = StrictMath.sqrt(v[i]) + c.eps();
            params[i] = TorchOps.add(params[i], m[i] / denom, -stepSize);
            if (c.weightDecay() > 0.0) {
                params[i] = TorchOps.add(params[i], params[i], -lr * c.weightDecay());
            }
        }
    }

    @Override
    Map<String, double[]> buffers() {
        Map<String, double[]> s = new LinkedHashMap<>();
        s.put("m", m);
        s.put("v", v);
        if (c.amsgrad()) {
            s.put("v_max", vMax);
        }
        return s;
    }
}

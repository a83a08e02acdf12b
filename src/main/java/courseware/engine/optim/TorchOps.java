package courseware.engine.optim;

/** Scalar versions of the ATen kernels the torch optimizers call, in ATen's operation order. */
final class TorchOps {
    private TorchOps() {
    }

    /** aten/src/ATen/native/Lerp.h: small weights interpolate from self, large ones from end. */
    static double lerp(double self, double end, double weight) {
        return Math.abs(weight) < 0.5
                ? self + weight * (end - self)
                : end - (end - self) * (1 - weight);
    }

    /** self + value * t1 * t2 (addcmul CPU kernel). */
    static double addcmul(double self, double t1, double t2, double value) {
        return self + value * t1 * t2;
    }

    /** self + value * t1 / t2 (addcdiv CPU kernel). */
    static double addcdiv(double self, double t1, double t2, double value) {
        return self + value * t1 / t2;
    }

    /** self + alpha * other (Tensor.add with alpha). */
    static double add(double self, double other, double alpha) {
        return self + alpha * other;
    }
}

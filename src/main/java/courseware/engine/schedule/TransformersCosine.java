package courseware.engine.schedule;

/**
 * The LambdaLR multiplier of transformers' {@code get_cosine_schedule_with_warmup} (min rate 0) and
 * {@code get_cosine_with_min_lr_schedule_with_warmup}: warmup from 0, progress not clamped, max(0, .).
 */
final class TransformersCosine {
    private TransformersCosine() {
    }

    static double factor(long step, long warmup, long total, double minRate) {
        if (step < warmup) {
            return (double) step / Math.max(1, warmup);
        }
        double progress = (double) (step - warmup) / Math.max(1, total - warmup);
        // math.pi * float(num_cycles) * 2.0 * progress with num_cycles = 0.5
        double factor = 0.5 * (1.0 + StrictMath.cos(Math.PI * 0.5 * 2.0 * progress));
        if (minRate != 0) {
            factor = factor * (1 - minRate) + minRate;
        }
        return Math.max(0.0, factor);
    }
}

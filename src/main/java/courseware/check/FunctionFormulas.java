package courseware.check;

import java.util.Map;

/**
 * The formula each function computes and, where libraries differ, the convention each option follows
 * (which Nesterov form, where clipping adds its epsilon, what a schedule does past its end): what an
 * author needs to say which library a number reproduces. Kept beside the registry rather than in each
 * {@link Fn} so the registry stays readable; FunctionCatalogTest fails when a function has none.
 * k is a 0-based schedule step, t a 1-based optimizer step; sources are in docs/engine.md, Conventions.
 */
final class FunctionFormulas {
    private FunctionFormulas() {}

    private static final String SCHEDULE_PAST_END_HELD = "; held after the end in every convention";

    static final Map<String, String> BY_NAME = Map.ofEntries(
            // Functions of one number: StrictMath (fdlibm), so every JVM gives the same bits.
            Map.entry("abs", "|x|"),
            Map.entry("acos", "StrictMath.acos(x), in [0, pi]; NaN outside [-1, 1]"),
            Map.entry("atan", "StrictMath.atan(x), in (-pi/2, pi/2)"),
            Map.entry("atan2", "StrictMath.atan2(y, x), in (-pi, pi]"),
            Map.entry("cos", "StrictMath.cos(x)"),
            Map.entry("sin", "StrictMath.sin(x)"),
            Map.entry("tan", "StrictMath.tan(x)"),
            Map.entry("tanh", "StrictMath.tanh(x)"),
            Map.entry("exp", "StrictMath.exp(x)"),
            Map.entry("log", "StrictMath.log(x), natural; -inf at 0, NaN below"),
            Map.entry("log10", "StrictMath.log10(x)"),
            Map.entry("sqrt", "StrictMath.sqrt(x)"),
            Map.entry("floor", "StrictMath.floor(x): toward -inf (floor(-1.5) = -2)"),
            Map.entry("degrees", "x * 180 / pi"),
            Map.entry("sigmoid", "1 / (1 + exp(-x))"),
            Map.entry("min", "Math.min(a, b)"),
            Map.entry("max", "Math.max(a, b)"),
            Map.entry("round", "the exact binary value of x rounded half away from zero (BigDecimal HALF_UP), not Python's half to even:"
                    + " round(2.5) = 3, round(0.125, 2) = 0.13"),
            Map.entry("norm", "(sum |v_i|^p)^(1/p); p = inf gives max |v_i|"),
            Map.entry("dot", "sum a_i b_i (equal lengths)"),
            Map.entry("sum", "sum v_i"),
            Map.entry("mean", "(sum v_i) / n"),
            Map.entry("std", "sqrt(sum (v_i - mean)^2 / (n - ddof)); ddof=1 is numpy's std(ddof=1) and torch.std, ddof=0 numpy's default"),
            Map.entry("len", "n, the number of components"),
            Map.entry("f32", "(double) (float) x: IEEE 754 binary32 round to nearest, ties to even (JLS 5.1.3)"),
            Map.entry("ulp", "Math.ulp(x): the gap from |x| to the next larger double; ulp(1) = 2^-52"),
            Map.entry("ulp32", "Math.ulp((float) x): the same for the float32 nearest x; ulp32(1) = 2^-23"),
            Map.entry("logsumexp", "m + log(sum exp(v_i - m)) with m = max v_i (scipy.special.logsumexp), StrictMath"),

            // Objectives and descent.
            Map.entry("objective", "the expression compiled once, in x (and y); f, grad, gd and the *_run optimizers take it"),
            Map.entry("f", "f(at), the objective evaluated at a number or point"),
            Map.entry("grad", "exact derivative by forward-mode automatic differentiation (dual numbers), not finite differences"),
            Map.entry("gd", "x_{t+1} = x_t - lr * grad f(x_t), for steps steps from x0"),
            Map.entry("noisy_gd", "x_{t+1} = x_t - lr * (grad f(x_t) + sigma * xi_t), xi_t ~ N(0, 1) per component from SplitMix64(seed),"
                    + " Box-Muller (cosine branch)"),
            Map.entry("iterate", "s_0 = init, s_{k+1} = step(s_k, k) for k = 0..n-1; returns s_n"),

            // Schedules: eta_k at a 0-based step k.
            Map.entry("constant_lr", "eta_k = eta0"),
            Map.entry("step_decay", "eta0 * gamma^floor(k / step_size), torch StepLR closed form; keeps decaying"),
            Map.entry("multi_step", "eta0 * gamma^#{milestones m <= k}, torch MultiStepLR (a repeated milestone counts each time)"
                    + SCHEDULE_PAST_END_HELD),
            Map.entry("exponential_decay", "eta0 * gamma^(k / transition_steps), torch ExponentialLR; optax exponential_decay: exponent"
                    + " (k - begin) / transition_steps (floored when staircase), eta0 before begin, clipped at end; keeps decaying;"
                    + " gamma 0: pytorch eta0 then 0 (eta0 * 0^k), optax the constant eta0 (decay_rate 0 is a constant schedule), textbook refused"),
            Map.entry("polynomial_decay", "eta0 for k < begin, then (eta0 - end) * (1 - min(k - begin, total) / total)^power + end, optax polynomial_schedule"
                    + " (torch PolynomialLR with end 0)" + SCHEDULE_PAST_END_HELD),
            Map.entry("linear_warmup", "start for k < begin, then start + (peak - start) * min(k - begin, warmup) / warmup, optax linear_schedule" + SCHEDULE_PAST_END_HELD),
            Map.entry("cosine_decay", "floor + (eta0 - floor) * ((1 + cos(pi * k / total)) / 2)^exponent; textbook and optax clamp k to total"
                    + " (hold floor), pytorch CosineAnnealingLR and transformers do not (rise again, period 2 * total)"),
            Map.entry("warmup_cosine", "linear start -> peak over warmup, then cosine peak -> end over total - warmup (total counts the warmup,"
                    + " as optax warmup_cosine_decay_schedule); pytorch = SequentialLR(LinearLR, CosineAnnealingLR(T_max = total - warmup)),"
                    + " transformers warms from 0 with num_cycles; past total textbook and optax hold end, pytorch and transformers rise again"),
            Map.entry("cosine_restarts", "min + (eta0 - min) * (1 + cos(pi * T_cur / T_i)) / 2, T_i = t0 * t_mult^i, torch"
                    + " CosineAnnealingWarmRestarts (SGDR); keeps cycling"),
            Map.entry("cosine_restarts_epoch", "the same at a real epoch, cycle n = int(log_{t_mult}(epoch / t0 * (t_mult - 1) + 1))"
                    + " as torch CosineAnnealingWarmRestarts.step(epoch)"),
            Map.entry("one_cycle", "max_lr / div_factor up to max_lr by pct_start * total, then down to max_lr / (div_factor * final_div_factor)"
                    + " by total; textbook and optax: cosine_onecycle_schedule boundaries int(pct_start * total) and total, held after;"
                    + " pytorch: OneCycleLR phase ends pct_start * total - 1 and total - 1, error past total"),
            Map.entry("one_cycle_momentum", "max_momentum -> base_momentum while the rate rises, back while it falls, on OneCycleLR's phase"
                    + " ends (three_phase: held at max_momentum after); error past total"),
            Map.entry("linear_onecycle", "piecewise linear through max_lr / div_factor (0), max_lr (int(pct_start * total)), max_lr / div_factor"
                    + " (int(pct_final * total)), max_lr / (div_factor * final_div_factor) (total), optax linear_onecycle_schedule"
                    + SCHEDULE_PAST_END_HELD),
            Map.entry("constant_factor", "eta0 * (factor if k < total else 1), torch ConstantLR as step() gives it: with total 0 eta0 * factor"
                    + " for good (get_lr never divides the factor out; the closed form would give eta0), with factor 0 an error from step total on"
                    + " (ZeroDivisionError in get_lr)"),
            Map.entry("linear_factor", "eta0 * (start_factor + (end_factor - start_factor) * min(k, total) / total), torch LinearLR"
                    + SCHEDULE_PAST_END_HELD),
            Map.entry("cyclic", "cycle = floor(1 + k / (up + down)), x = 1 + k / (up + down) - cycle; base_lr + (max_lr - base_lr) * triangle(x)"
                    + " * scale, scale 1 (triangular), 1 / 2^(cycle - 1) (triangular2), gamma^k (exp_range), torch CyclicLR; keeps cycling"),
            Map.entry("cyclic_momentum", "max_momentum - (max_momentum - base_momentum) * triangle(x) * scale on CyclicLR's cycle: the rate's"
                    + " mirror image"),
            Map.entry("piecewise_constant", "eta0 * product of scales[i] over boundaries[i] <= k, optax piecewise_constant_schedule"
                    + SCHEDULE_PAST_END_HELD),
            Map.entry("sgdr", "warmup_cosine(init, peaks[i], warmup, lengths[i], end) cycles joined back to back, optax sgdr_schedule;"
                    + " the last end is held"),
            Map.entry("inverse_sqrt", "eta0 / sqrt(k + 1); keeps decaying"),
            Map.entry("inverse_sqrt_warmup", "peak * k / warmup during warmup, then peak / sqrt((k + timescale - warmup) / timescale),"
                    + " transformers get_inverse_sqrt_schedule; keeps decaying"),
            Map.entry("linear_with_warmup", "peak * k / warmup, then peak * max(0, (total - k) / (total - warmup)), transformers"
                    + " get_linear_schedule_with_warmup; 0 after total"),
            Map.entry("cosine_hard_restarts", "peak * k / warmup, then peak * max(0, (1 + cos(pi * ((cycles * p) mod 1))) / 2),"
                    + " p = (k - warmup) / (total - warmup), transformers; 0 after total"),
            Map.entry("polynomial_with_warmup", "peak * k / warmup, then (peak - end) * (1 - (k - warmup) / (total - warmup))^power + end,"
                    + " transformers get_polynomial_decay_schedule_with_warmup; end after total"),
            Map.entry("join", "first(k) for k < boundary, then(k - boundary) after: optax join_schedules, torch SequentialLR (which restarts"
                    + " a later torch scheduler from its closed form at 0: constant_factor with total 0 is eta0 there)"),
            Map.entry("chained", "torch ChainedScheduler's recursion from lr = eta0: each constructor's first step, then per step k = 1, 2, ..."
                    + " lr = second.get_lr(first.get_lr(lr, k), k); eta0 * (first(k) / eta0) * (second(k) / eta0) up to rounding when both only"
                    + " multiply; CosineAnnealingLR's lr = eta_min + r_k (lr - eta_min) is affine; a non-torch schedule is refused"),
            Map.entry("lr_at", "schedule(k)"),

            // Clipping.
            Map.entry("clip_norm", "g * min(1, max_norm / ||g||_p); textbook keeps g when ||g|| <= max_norm; pytorch (clip_grad_norm_,"
                    + " and transformers' Trainer) always scales by min(1, max_norm / (||g|| + 1e-6)); optax clip_by_global_norm keeps g only"
                    + " when ||g|| < max_norm, else g / ||g|| * max_norm (L2 only); no coordinates () have norm 0 and are left alone (torch"
                    + " returns tensor(0.) and clips nothing)"),
            Map.entry("clip_value", "clamp(g_i, -limit, limit), the same in torch clip_grad_value_ and optax clip"),

            // Optimizers: t is the 1-based step, g_t the gradient (plus weight_decay * x as L2 where named).
            Map.entry("sgd_steps", Formulas.SGD),
            Map.entry("sgd_run", Formulas.SGD),
            Map.entry("adam_steps", Formulas.ADAM),
            Map.entry("adam_run", Formulas.ADAM),
            Map.entry("rmsprop_steps", Formulas.RMSPROP),
            Map.entry("rmsprop_run", Formulas.RMSPROP),
            Map.entry("adagrad_steps", Formulas.ADAGRAD),
            Map.entry("adagrad_run", Formulas.ADAGRAD),

            // Losses, bounds and experiments.
            Map.entry("label_smooth", "(1 - eps) * y + eps / K, optax smooth_labels"),
            Map.entry("cross_entropy", "-sum_k q_k log softmax(logits)_k with q = (1 - eps) * y + eps / K (y one-hot for a class index),"
                    + " log-softmax shifted by the max; equals torch's (1 - eps) * nll + eps / K * sum(-log p_k)"),
            Map.entry("sgd_bound", "2 L (f0 - f_star) / K + sigma^2 / B"),
            Map.entry("ms_recursion", "m_{j+1} = (1 + eta a)^2 m_j + eta^2 sigma^2 from m_0 = m0, k times"),
            Map.entry("ms_simulation", "x_{j+1} = x_j + eta (a x_j + sigma xi_j), xi_j ~ N(0, 1) from SplitMix64(seed + i) for seed i;"
                    + " statistics of x_steps^2 over seeds, std with n - 1"),
            Map.entry("batch_experiment", "per seed s: dataset from SplitMix64(s) (x ~ N(0, I); linear y = x.w + noise * N(0, 1), loss"
                    + " (1/2n) sum (x.w - y)^2; logistic mean log-loss), w0 = 0, w -= lr * mean batch gradient; mini-batches in a Fisher-Yates"
                    + " order, the last batch may be smaller; mean and std (n - 1) of the final full-data loss"),
            Map.entry("batch_curves", "batch_experiment's runs, the full-data loss after every epoch (index 0 before training)"));

    /** The long optimizer conventions, shared by the *_steps and *_run forms. */
    private static final class Formulas {
        static final String SGD = "b_t = mu b_{t-1} + (1 - dampening) g_t; x -= lr b_t (nesterov: x -= lr (g_t + mu b_t));"
                + " textbook starts b_0 = 0 and dampens step 1, pytorch and optax start b_1 = g_1 (optax: no dampening);"
                + " textbook nesterov is Sutskever's look-ahead v = mu v - lr grad f(x + mu v), x += v (field velocity);"
                + " weight_decay adds wd x to g, maximize negates g first (torch)";
        static final String ADAM = "m = beta1 m + (1 - beta1) g, v = beta2 v + (1 - beta2) g^2; textbook (Kingma and Ba):"
                + " x -= lr m_hat / (sqrt(v_hat) + eps); pytorch: x -= (lr / bc1) m / (sqrt(v) / sqrt(bc2) + eps);"
                + " optax: m_hat / (sqrt(v_hat + eps_root) + eps); transformers (legacy AdamW): eps added to sqrt(v) before bias"
                + " correction; decoupled: x -= lr wd x (torch: first; legacy transformers: after the step), else wd x added to g;"
                + " amsgrad: max of v_hat (pytorch: max of raw v)";
        static final String RMSPROP = "v = alpha v + (1 - alpha) g^2; x -= lr g / (sqrt(v) + eps) (centered: sqrt(v - g_avg^2) + eps;"
                + " momentum: b = mu b + g / denominator, x -= lr b); textbook and pytorch put eps outside the root, optax inside"
                + " (sqrt(v + eps)), decay 0.9 by default, and its momentum trace holds lr-scaled updates";
        static final String ADAGRAD = "G += g^2; x -= lr_t g / (sqrt(G) + eps), lr_t = lr / (1 + (t - 1) lr_decay); textbook and"
                + " pytorch put eps outside the root; optax inside (g / sqrt(G + eps)), G_0 = 0.1 and eps 1e-7 unless given, no lr_decay";
    }
}

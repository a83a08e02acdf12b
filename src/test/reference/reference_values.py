#!/usr/bin/env python3
"""Independent reference values for the engine tests (python3 float64, standard library only).

Each block transcribes a library's update rule from its source, in that source's operation order,
so the Java tests compare against the libraries' formulas, never against the engine's own output.
Run: python3 src/test/reference/reference_values.py
"""
import math
import statistics

def show(name, v):
    print(f"{name} = {v!r}")

# --- lesson values -----------------------------------------------------------------------------
show("cosine K=1000 k=750 textbook", 0 + (0.1 - 0) * (1 + math.cos(math.pi * 750 / 1000)) / 2)
show("0.05*(1-sqrt(2)/2)", 0.05 * (1 - math.sqrt(2) / 2))
show("warmup step 500", 0.0001 + (0.001 - 0.0001) * 500 / 1000)
show("warmup-cosine step 5000", 0 + (0.001 - 0) * (1 + math.cos(math.pi * 4000 / 9000)) / 2)
show("0.0005*(1+cos(4pi/9))", 0.0005 * (1 + math.cos(4 * math.pi / 9)))

x = 5.0
for _ in range(200):
    x = x - 0.01 * (math.cos(x) + 0.2)
show("GD sin(x)+0.2x final x (python3 float64 loop)", x)
show("GD sin(x)+0.2x final f", math.sin(x) + 0.2 * x)

# --- clipping ------------------------------------------------------------------------------------
coef = min(5 / (5.0 + 1e-6), 1.0)          # torch/nn/utils/clip_grad.py
show("torch clip (3,4) c=5 coef", coef)
show("torch clip (3,4) c=5 g0", 3 * coef)
show("torch clip (3,4) c=5 g1", 4 * coef)
show("optax clip (3,4) c=5 g0", (3 / 5.0) * 5)   # optax/_src/clipping.py: (t / g_norm) * max_norm
show("optax clip (3,4) c=5 g1", (4 / 5.0) * 5)
show("torch clip (6,8) c=5 coef", min(5 / (10.0 + 1e-6), 1.0))

# --- SGD momentum with dampening -----------------------------------------------------------------
def sgd(conv, grads, lr, mu, tau, wd=0.0, nesterov=False, x=1.0):
    buf = None if conv == "torch" else 0.0
    out = []
    for g in grads:
        if wd:
            g = g + wd * x
        if conv == "torch":                      # torch/optim/sgd.py _single_tensor_sgd
            buf = g if buf is None else buf * mu + (1 - tau) * g
        else:                                    # textbook: b_0 = 0, dampening every step
            buf = mu * buf + (1 - tau) * g
        d = g + mu * buf if nesterov else buf
        x = x + (-lr) * d if conv == "torch" else x - lr * d
        out.append((x, buf))
    return out
for conv in ("torch", "textbook"):
    for k, (x, b) in enumerate(sgd(conv, [1.0, 2.0, 3.0], 0.1, 0.9, 0.5), 1):
        show(f"sgd {conv} tau=0.5 step {k} x,buf", (x, b))
for k, (x, b) in enumerate(sgd("torch", [1.0, 2.0, 3.0], 0.1, 0.9, 0.0, wd=0.1, nesterov=True), 1):
    show(f"sgd torch nesterov wd=0.1 step {k} x,buf", (x, b))

# --- Adam family ---------------------------------------------------------------------------------
def lerp(s, e, w):                               # aten/src/ATen/native/Lerp.h
    return s + w * (e - s) if abs(w) < 0.5 else e - (e - s) * (1 - w)

def adam_torch(grads, lr, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, decoupled=False, ams=False, p=1.0):
    m = v = vmax = 0.0                           # torch/optim/adam.py, adamw.py single-tensor, non-capturable
    out = []
    for t, g in enumerate(grads, 1):
        if decoupled:
            p = p * (1 - lr * wd)
        elif wd:
            g = g + wd * p
        m = lerp(m, g, 1 - b1)
        v = v * b2 + (1 - b2) * g * g
        bc1 = 1 - b1 ** float(t)
        bc2 = 1 - b2 ** float(t)
        step_size = lr / bc1
        bc2_sqrt = math.sqrt(bc2)
        if ams:
            vmax = max(vmax, v)
            denom = math.sqrt(vmax) / bc2_sqrt + eps
        else:
            denom = math.sqrt(v) / bc2_sqrt + eps
        p = p + (-step_size) * m / denom
        out.append((p, m, v, vmax))
    return out

def adam_optax(grads, lr, b1=0.9, b2=0.999, eps=1e-8, eps_root=0.0, wd=0.0, decoupled=False, ams=False, p=1.0):
    mu = nu = nu_max = 0.0                       # optax/_src/transform.py scale_by_adam / scale_by_amsgrad
    out = []
    for count, g in enumerate(grads, 1):
        if wd and not decoupled:
            g = g + wd * p                       # chain(add_decayed_weights, adam)
        mu = (1 - b1) * g + b1 * mu
        nu = (1 - b2) * (g * g) + b2 * nu
        mu_hat = mu / (1 - b1 ** count)
        nu_hat = nu / (1 - b2 ** count)
        if ams:
            nu_max = max(nu_max, nu_hat)
            nu_hat = nu_max
        u = mu_hat / (math.sqrt(nu_hat + eps_root) + eps)
        if decoupled:
            u = u + wd * p                       # add_decayed_weights after scale_by_adam (optax.adamw)
        p = p + (-lr * u)
        out.append((p, mu, nu, nu_max))
    return out

def adam_textbook(grads, lr, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, decoupled=False, ams=False, p=1.0):
    m = v = vmax = 0.0                           # Kingma & Ba Algorithm 1 (+ AdamW: x -= lr (u + wd x))
    out = []
    for t, g in enumerate(grads, 1):
        if wd and not decoupled:
            g = g + wd * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        if ams:
            vmax = max(vmax, v_hat)
            v_hat = vmax
        u = m_hat / (math.sqrt(v_hat) + eps)
        if decoupled:
            u = u + wd * p
        p = p - lr * u
        out.append((p, m, v, vmax))
    return out

def adamw_transformers_legacy(grads, lr, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, p=1.0):
    m = v = 0.0                                  # legacy transformers.AdamW (correct_bias=True)
    out = []
    for t, g in enumerate(grads, 1):
        m = m * b1 + (1.0 - b1) * g
        v = v * b2 + (1.0 - b2) * g * g
        denom = math.sqrt(v) + eps
        step_size = lr * math.sqrt(1.0 - b2 ** t) / (1.0 - b1 ** t)
        p = p + (-step_size) * (m / denom)
        if wd > 0.0:
            p = p + (-lr * wd) * p
        out.append((p, m, v))
    return out

G = [0.5, -1.0, 2.0]
for name, fn in (("torch", adam_torch), ("optax", adam_optax), ("textbook", adam_textbook)):
    for k, r in enumerate(fn(G, 0.1), 1):
        show(f"adam {name} lr=0.1 g={G} step {k} (p,m,v,vmax)", r)
for k, r in enumerate(adam_torch(G, 0.1, wd=0.1, decoupled=True), 1):
    show(f"adamw torch wd=0.1 step {k}", r)
for k, r in enumerate(adam_optax(G, 0.1, wd=0.1, decoupled=True), 1):
    show(f"adamw optax wd=0.1 step {k}", r)
for k, r in enumerate(adam_torch(G, 0.1, wd=0.1), 1):
    show(f"adam(L2) torch wd=0.1 step {k}", r)
for k, r in enumerate(adamw_transformers_legacy(G, 0.1, wd=0.1), 1):
    show(f"adamw transformers-legacy wd=0.1 step {k}", r)
GA = [10.0, 0.1, 0.1, 0.1]
for name, fn in (("torch", adam_torch), ("optax", adam_optax), ("textbook", adam_textbook)):
    show(f"amsgrad {name} g={GA} final", fn(GA, 0.01, ams=True)[-1])
show("adam optax eps_root=1e-8 final", adam_optax(G, 0.1, eps_root=1e-8)[-1])
# eps placement: tiny gradients make eps visible
GT = [1e-6, 1e-6]
show("adam torch tiny final", adam_torch(GT, 0.1)[-1])
show("adamw transformers tiny final", adamw_transformers_legacy(GT, 0.1)[-1])

# --- AdaGrad -------------------------------------------------------------------------------------
def adagrad_torch(grads, lr, eps=1e-10, lr_decay=0.0, init=0.0, p=1.0):
    s = init                                     # torch/optim/adagrad.py _single_tensor_adagrad
    out = []
    for t, g in enumerate(grads, 1):
        clr = lr / (1 + (t - 1) * lr_decay)
        s = s + 1 * g * g
        std = math.sqrt(s) + eps
        p = p + (-clr) * g / std
        out.append((p, s))
    return out

def adagrad_optax(grads, lr, eps=1e-7, init=0.1, p=1.0):
    s = init                                     # optax/_src/transform.py scale_by_rss
    out = []
    for g in grads:
        s = g * g + s
        inv = 1 / math.sqrt(s + eps) if s > 0 else 0.0
        p = p + (-lr * (inv * g))
        out.append((p, s))
    return out
for k, r in enumerate(adagrad_torch(G, 0.1), 1):
    show(f"adagrad torch step {k}", r)
show("adagrad torch lr_decay=0.5 final", adagrad_torch(G, 0.1, lr_decay=0.5)[-1])
for k, r in enumerate(adagrad_optax(G, 0.1), 1):
    show(f"adagrad optax step {k}", r)

# --- RMSProp -------------------------------------------------------------------------------------
def rmsprop_torch(grads, lr, alpha=0.99, eps=1e-8, mu=0.0, centered=False, p=1.0):
    sq = ga = buf = 0.0                          # torch/optim/rmsprop.py _single_tensor_rmsprop
    out = []
    for g in grads:
        sq = sq * alpha + (1 - alpha) * g * g
        if centered:
            ga = lerp(ga, g, 1 - alpha)
            avg = math.sqrt(sq + (-1) * ga * ga) + eps
        else:
            avg = math.sqrt(sq) + eps
        if mu > 0:
            buf = buf * mu + 1 * g / avg
            p = p + (-lr) * buf
        else:
            p = p + (-lr) * g / avg
        out.append((p, sq, ga, buf))
    return out

def rmsprop_optax(grads, lr, decay=0.9, eps=1e-8, mu=0.0, centered=False, nesterov=False, p=1.0):
    nu = m = tr = 0.0                            # optax alias rmsprop: scale_by_rms/stddev, scale(-lr), trace
    out = []
    for g in grads:
        nu = (1 - decay) * (g * g) + decay * nu
        if centered:
            m = (1 - decay) * g + decay * m
            s = g * (1 / math.sqrt(nu - m * m + eps))
        else:
            s = g * (1 / math.sqrt(nu + eps))
        u = -lr * s
        if mu:
            tr = u + mu * tr
            u = u + mu * tr if nesterov else tr
        p = p + u
        out.append((p, nu, m, tr))
    return out
show("rmsprop torch centered mu=0.9 final", rmsprop_torch(G, 0.01, mu=0.9, centered=True)[-1])
show("rmsprop torch plain final", rmsprop_torch(G, 0.01)[-1])
show("rmsprop optax centered mu=0.9 final", rmsprop_optax(G, 0.01, mu=0.9, centered=True)[-1])
show("rmsprop optax plain final", rmsprop_optax(G, 0.01)[-1])

# --- SplitMix64 and Box-Muller (the engine's documented algorithm, written independently) -------
M64 = (1 << 64) - 1
class SplitMix64:
    def __init__(self, seed):
        self.s = seed & M64
    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)
    def double(self):
        return (self.next() >> 11) * 2.0 ** -53
    def gauss(self):
        u1 = 1.0 - self.double()
        u2 = self.double()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
    def below(self, bound):
        limit = 2 ** 63 - (2 ** 63 % bound)
        while True:
            r = self.next() >> 1
            if r < limit:
                return r % bound
r = SplitMix64(42)
show("splitmix64(42) doubles", [r.double() for _ in range(3)])
r = SplitMix64(42)
show("splitmix64(42) gaussians", [r.gauss() for _ in range(3)])
r = SplitMix64(7)
show("splitmix64(7) below(10) x5", [r.below(10) for _ in range(5)])

# Noisy GD on x^2/2 (gradient x), lr 0.1, sigma 0.5, seed 42, 3 steps from x = 1
r = SplitMix64(42)
x = 1.0
for _ in range(3):
    x = x - 0.1 * (x + 0.5 * r.gauss())
show("noisy GD x^2/2 seed 42 after 3", x)

# --- statistics ----------------------------------------------------------------------------------
S = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
show("mean", statistics.mean(S))
show("sample stdev (n-1)", statistics.stdev(S))

# --- schedules (library formulas) ----------------------------------------------------------------
def anneal_cos(start, end, pct):                 # torch OneCycleLR._annealing_cos / optax _cosine_interpolate
    return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
show("torch onecycle cos target k=3", anneal_cos(25, 0.5, 1 / 7.0))
show("torch CosineAnnealingWarmRestarts T0=10 Tmult=2 step 25",
     1e-10 + (0.05 - 1e-10) * (1 + math.cos(math.pi * 15 / 20)) / 2)
show("transformers cosine warmup lr=10 W=2 T=10 step 3", 10 * max(0.0, 0.5 * (1.0 + math.cos(math.pi * 0.5 * 2.0 * (1 / 8)))))
show("torch cosine annealing T=10 base 0.1 step 15 (periodic)", 0 + (0.1 - 0) * (1 + math.cos(math.pi * 15 / 10)) / 2)

# --- torch schedulers as step() runs them (torch/optim/lr_scheduler.py get_lr, the chainable form) ---------
class _Group:                                    # one optimizer param group: lr, and initial_lr set by the first scheduler
    def __init__(self, lr):
        self.lr = lr
        self.initial_lr = lr

class _Sched:                                    # LRScheduler.__init__ / _initial_step / step / _update_lr(None)
    def __init__(self, group):
        self.group, self.base_lr, self.last_epoch = group, group.initial_lr, -1
        self.step(initial=True)
    def step(self, initial=False):
        self.last_epoch += 1
        self.group.lr = self.get_lr(initial)
    def restart(self):                           # SequentialLR.step at a milestone: _update_lr(0), the closed form
        self.last_epoch = 0
        self.group.lr = self.closed()

class ConstantLR(_Sched):
    def __init__(self, group, factor=1.0 / 3, total_iters=5):
        self.factor, self.total_iters = factor, total_iters
        super().__init__(group)
    def get_lr(self, initial):
        if self.last_epoch == 0:
            return self.group.lr * self.factor
        if self.last_epoch != self.total_iters:
            return self.group.lr
        return self.group.lr * (1.0 / self.factor)
    def closed(self):
        return self.base_lr * (self.factor + (self.last_epoch >= self.total_iters) * (1 - self.factor))

class ExponentialLR(_Sched):
    def __init__(self, group, gamma):
        self.gamma = gamma
        super().__init__(group)
    def get_lr(self, initial):
        return self.group.lr if initial else self.group.lr * self.gamma
    def closed(self):
        return self.base_lr * self.gamma ** self.last_epoch

class CosineAnnealingLR(_Sched):
    def __init__(self, group, T_max, eta_min=0.0):
        self.T_max, self.eta_min = T_max, eta_min
        super().__init__(group)
    def get_lr(self, initial):                   # (the _step_count == 1 and last_epoch > 0 branch is for resuming only)
        if initial:
            return self.group.lr
        if (self.last_epoch - 1 - self.T_max) % (2 * self.T_max) == 0:
            return self.group.lr + (self.base_lr - self.eta_min) * (1 - math.cos(math.pi / self.T_max)) / 2
        return ((1 + math.cos(math.pi * self.last_epoch / self.T_max))
                / (1 + math.cos(math.pi * (self.last_epoch - 1) / self.T_max))
                * (self.group.lr - self.eta_min) + self.eta_min)
    def closed(self):
        return self.eta_min + (self.base_lr - self.eta_min) * (1 + math.cos(math.pi * self.last_epoch / self.T_max)) / 2

def chained_lrs(lr, make, steps):                # ChainedScheduler: build each on one group, then step each in turn
    g = _Group(lr)
    scheds = [m(g) for m in make]
    out = [g.lr]
    for _ in range(steps - 1):
        for s in scheds:
            s.step()
        out.append(g.lr)
    return out

g = _Group(0.05)
c = ConstantLR(g, factor=0.5, total_iters=0)
lrs = [g.lr]
for _ in range(5):
    c.step()
    lrs.append(g.lr)
show("torch ConstantLR(0.5, total_iters=0) lr 0.05, get_last_lr after init and 5 step()s", lrs)
show("torch ConstantLR(0.5, total_iters=0) closed form at step 0", ConstantLR(_Group(0.05), 0.5, 0).closed())
g = _Group(0.05)                                 # SequentialLR([ExponentialLR(0.9), ConstantLR(0.5, 0)], milestones=[3])
e, c = ExponentialLR(g, 0.9), ConstantLR(g, factor=0.5, total_iters=0)
g.lr = g.initial_lr                              # SequentialLR.__init__: lr reset, steps undone, first scheduler re-stepped
e.last_epoch, c.last_epoch = -1, -1
e.step(initial=True)
lrs = [g.lr]
for epoch in range(1, 7):
    if epoch < 3:
        e.step()
    elif epoch == 3:
        c.restart()
    else:
        c.step()
    lrs.append(g.lr)
show("torch SequentialLR([ExponentialLR(0.9), ConstantLR(0.5, total_iters=0)], [3]) lr 0.05, steps 0..6", lrs)
show("torch chained [CosineAnnealingLR(T_max=10, eta_min=0.01), ExponentialLR(0.9)] lr 0.1, steps 0..24",
     chained_lrs(0.1, [lambda g: CosineAnnealingLR(g, 10, 0.01), lambda g: ExponentialLR(g, 0.9)], 25))
show("torch chained [ExponentialLR(0.9), CosineAnnealingLR(T_max=10, eta_min=0.01)] lr 0.1, steps 0..12",
     chained_lrs(0.1, [lambda g: ExponentialLR(g, 0.9), lambda g: CosineAnnealingLR(g, 10, 0.01)], 13))
show("torch chained [CosineAnnealingLR(T_max=4), ExponentialLR(0.5)] lr 1, steps 0..9 (eta_min 0, past T_max)",
     chained_lrs(1.0, [lambda g: CosineAnnealingLR(g, 4), lambda g: ExponentialLR(g, 0.5)], 10))
show("product of closed forms, cosine(T_max=10, eta_min=0.01) * 0.9^k, lr 0.1, steps 0..3",
     [(0.01 + (0.1 - 0.01) * (1 + math.cos(math.pi * k / 10)) / 2) * 0.9 ** k for k in range(4)])

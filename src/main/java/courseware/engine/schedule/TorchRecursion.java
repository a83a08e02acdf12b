package courseware.engine.schedule;

/**
 * A torch scheduler's chainable form: what its {@code step()} does to the rate the optimizer holds
 * ({@code get_lr} in torch/optim/lr_scheduler.py), as opposed to its closed form ({@code _get_closed_form_lr}),
 * which {@link #at} evaluates. ChainedScheduler steps every scheduler on the same optimizer in turn, so each one's
 * get_lr is applied to the rate the others left; {@link ChainedSchedule} runs exactly that.
 */
interface TorchRecursion extends Schedule {

    /** base_lr: the optimizer's rate the scheduler was built with (its {@code initial_lr}). */
    double base();

    /** The rate after the constructor's own step (last_epoch 0, {@code _is_initial}), given the optimizer's rate. */
    double initialStep(double lr);

    /** The rate after {@code step()} to last_epoch = {@code epoch} (at least 1), given the optimizer's rate. */
    double step(double lr, long epoch);

    /** Why this schedule is not the torch scheduler its record can also stand for (an optax option, say), or null. */
    default String notChainable() {
        return null;
    }

    /**
     * This schedule as a later phase of torch's SequentialLR, which restarts it at its milestone with the closed
     * form at epoch 0 ({@code _update_lr(0)}) and steps it from there.
     */
    default Schedule restartedBySequentialLR() {
        return this;
    }
}

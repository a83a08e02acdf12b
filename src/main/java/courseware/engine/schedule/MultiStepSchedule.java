package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.Arrays;

/**
 * initial * gamma^(number of milestones <= step, counting repeats): torch MultiStepLR closed form (bisect_right over
 * {@code sorted(self.milestones.elements())}), so repeated milestones compound.
 */
record MultiStepSchedule(double initial, double gamma, long[] milestones) implements TorchRecursion {
    MultiStepSchedule {
        Check.finite("multi-step decay", "initial value", initial);
        Check.nonNegative("multi-step decay", "gamma", gamma);
        Check.notNull("multi-step decay", "milestones", milestones);
        milestones = milestones.clone();
        for (int i = 0; i < milestones.length; i++) {
            Check.nonNegative("multi-step decay", "milestone " + i, milestones[i]);
        }
        // torch keeps a Counter of the milestones: a repeated milestone multiplies by gamma once per repeat,
        // and the closed form bisects the sorted list of all of them.
        Arrays.sort(milestones);
    }

    @Override
    public long[] milestones() {
        return milestones.clone();
    }

    @Override
    public double at(long step) {
        Check.step("multi-step decay", step);
        int passed = 0;
        while (passed < milestones.length && milestones[passed] <= step) {
            passed++;
        }
        return initial * StrictMath.pow(gamma, passed);
    }

    @Override
    public double base() {
        return initial;
    }

    // MultiStepLR.get_lr (no _is_initial test, so a milestone 0 counts at construction): at a milestone the rate is
    // multiplied by gamma ** milestones[last_epoch], the Counter's count of it; else kept
    @Override
    public double initialStep(double lr) {
        return step(lr, 0);
    }

    @Override
    public double step(double lr, long epoch) {
        int count = 0;
        for (long m : milestones) {
            if (m == epoch) {
                count++;
            }
        }
        return count == 0 ? lr : lr * StrictMath.pow(gamma, count);
    }

    @Override
    public String toString() {
        return "MultiStepSchedule[initial=" + initial + ", gamma=" + gamma
                + ", milestones=" + Arrays.toString(milestones) + "]";
    }
}

package courseware.engine.objective;

import courseware.engine.Limits;
import courseware.engine.NonFiniteResultException;
import java.util.Arrays;

/**
 * A gradient-descent run on an {@link Objective}: the trajectory (start point included; every point when there
 * were at most {@link Limits#MAX_RECORDED_POINTS} iterations, otherwise every {@code recordEvery}-th point and
 * the last), the final point, its value and gradient, and where the run first became NaN or infinite
 * (-1 if never; the run stops there).
 */
public record DescentRun(double[][] trajectory, long recordEvery, long iterations, double[] finalPoint,
        double finalValue, double[] finalGradient, long firstNonFiniteIteration) {
    public DescentRun {
        trajectory = deepCopy(trajectory);
        finalPoint = finalPoint.clone();
        finalGradient = finalGradient.clone();
    }

    @Override
    public double[][] trajectory() {
        return deepCopy(trajectory);
    }

    @Override
    public double[] finalPoint() {
        return finalPoint.clone();
    }

    @Override
    public double[] finalGradient() {
        return finalGradient.clone();
    }

    /** The final x (first coordinate). */
    public double finalX() {
        return finalPoint[0];
    }

    public boolean finite() {
        return firstNonFiniteIteration < 0;
    }

    public DescentRun requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException("gradient descent diverged: NaN or infinity at iteration "
                    + firstNonFiniteIteration + " (point " + Arrays.toString(finalPoint) + ", value "
                    + finalValue + ")");
        }
        return this;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescentRun r && Arrays.deepEquals(trajectory, r.trajectory)
                && Arrays.equals(finalPoint, r.finalPoint) && iterations == r.iterations
                && firstNonFiniteIteration == r.firstNonFiniteIteration;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(finalPoint) * 31 + Long.hashCode(iterations);
    }

    @Override
    public String toString() {
        return "DescentRun[iterations=" + iterations + ", finalPoint=" + Arrays.toString(finalPoint)
                + ", finalValue=" + finalValue + ", firstNonFiniteIteration=" + firstNonFiniteIteration + "]";
    }
}

package courseware.engine;

/** Upper bounds on requested work, so a typo in a lesson fails fast with a message instead of hanging the build. */
public final class Limits {
    /** Most optimizer steps or descent iterations one call may run. */
    public static final long MAX_ITERATIONS = 10_000_000L;
    /** Most seeds one experiment may average over. */
    public static final int MAX_SEEDS = 10_000;
    /** Most values one schedule range or recursion sequence may return. */
    public static final long MAX_SEQUENCE_LENGTH = 10_000_000L;
    /** Most coordinates of a parameter or gradient vector. */
    public static final int MAX_DIMENSION = 1_000_000;
    /** Most points a trajectory keeps; longer runs keep every k-th point plus the last. */
    public static final int MAX_RECORDED_POINTS = 100_000;
    /** Most rows of a generated dataset. */
    public static final int MAX_DATASET_ROWS = 1_000_000;
    /**
     * Most elementary operations (seeds x steps for simulations, seeds x epochs x rows x features for training)
     * one experiment may perform; about ten seconds at worst on one core.
     */
    public static final long MAX_EXPERIMENT_WORK = 200_000_000L;

    private Limits() {
    }
}

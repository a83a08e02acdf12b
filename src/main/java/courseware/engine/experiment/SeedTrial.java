package courseware.engine.experiment;

/** One trial of a seeded experiment: the number it measures for {@code seed}. */
@FunctionalInterface
public interface SeedTrial {
    double run(long seed);
}

package courseware.check;

import courseware.engine.SplitMix64;
import courseware.model.Variation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of an item's variants, drawn in order from one SplitMix64 stream seeded by the course's seed, the
 * lesson's id and the item's anchor: the same text gives the same variants on every build and every JDK, each item
 * draws its own, and a new course seed draws new ones everywhere. Each call to {@link #next} picks one value of every varying given, uniformly from its list.
 */
final class VariantDraws {
    private final SplitMix64 random;
    private final Variation variation;

    VariantDraws(String courseSeed, String lesson, String anchor, Variation variation) {
        // No course seed keeps the draws a course had before it set one.
        this.random = new SplitMix64(seed((courseSeed.isEmpty() ? "" : courseSeed + "\n") + lesson + "\n" + anchor));
        this.variation = variation;
    }

    List<String> next() {
        List<String> drawn = new ArrayList<>();
        for (Variation.Vary vary : variation.varies()) drawn.add(vary.values().get((int) random.nextLong(vary.values().size())));
        return drawn;
    }

    /** How many different draws the lists allow, at most {@code Long.MAX_VALUE}. */
    long combinations() {
        long n = 1;
        for (Variation.Vary vary : variation.varies()) {
            n = Math.multiplyHigh(n, vary.values().size()) != 0 ? Long.MAX_VALUE : n * vary.values().size();
            if (n < 0) return Long.MAX_VALUE;
        }
        return n;
    }

    /** The first 8 bytes of the text's SHA-256: a seed that does not depend on String.hashCode's 32 bits. */
    private static long seed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) seed = (seed << 8) | (hash[i] & 0xff);
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

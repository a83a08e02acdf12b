package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.CheckedContent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parallel typesetting changes nothing: every expression of content/ comes out of two lanes as out of one. */
class ParallelLanesTest {

    @Test
    void twoLanesTypesetTheRealContentByteForByteAsOneLane() throws IOException {
        List<MathRequest> requests = contentMath();
        Duration limit = KatexRenderer.TIME_LIMIT;
        List<MathResult> one;
        try (KatexRenderer single = new KatexRenderer(limit, 1)) {
            one = new ArrayList<>();
            for (MathRequest r : requests) one.add(single.render(r)); // today's path: one context, one at a time
        }
        try (KatexRenderer parallel = new KatexRenderer(limit, 2)) {
            assertEquals(one, parallel.renderAll(requests));
            assertEquals(2, parallel.laneCount());
        }
    }

    private static List<MathRequest> contentMath() throws IOException {
        List<MathRequest> requests = CheckedContent.of(Path.of("content")).mathRequests();
        assertTrue(requests.size() > 2 * KatexRenderer.MIN_BATCH_PER_LANE, "enough math for two lanes");
        return requests;
    }
}

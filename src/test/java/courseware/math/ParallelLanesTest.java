package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.check.SubstitutedTex;
import courseware.diag.Diagnostics;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.parse.ContentParser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    static List<MathRequest> contentMath() throws IOException {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(Path.of("content"), d);
        ContentParser.Result parsed = new ContentParser().parse(content.courseFile(), content.lessons(), d);
        CheckResults checks = new CheckStage().run(parsed.files(), d);
        Set<MathRequest> distinct = new LinkedHashSet<>();
        parsed.files().forEach(f -> f.markups().forEach(m -> m.math().forEach(span ->
                distinct.add(new MathRequest(SubstitutedTex.of(span, checks).tex(), span.display())))));
        assertEquals(true, distinct.size() > 2 * KatexRenderer.MIN_BATCH_PER_LANE, "enough math for two lanes");
        return List.copyOf(distinct);
    }
}

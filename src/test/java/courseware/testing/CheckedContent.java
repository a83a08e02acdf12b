package courseware.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.check.SubstitutedTex;
import courseware.diag.Diagnostics;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.math.MathRequest;
import courseware.model.Course;
import courseware.parse.ContentParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * A content folder loaded, parsed and checked as a build does it, short of typesetting and writing: the start of
 * tests and benchmarks that work on the model. {@code diagnostics} holds what all three steps reported.
 */
public record CheckedContent(ContentParser.Result parsed, CheckResults checks, Diagnostics diagnostics) {

    public static CheckedContent of(Path folder) throws IOException {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(folder, d);
        ContentParser.Result parsed = new ContentParser().parse(content.courseFile(), content.lessons(), d);
        return new CheckedContent(parsed, new CheckStage().run(parsed.files(), d), d);
    }

    public Course course() { return parsed.course().orElseThrow(); }

    /**
     * Every distinct expression a build asks KaTeX for (values written in, with the course's macros as the build passes
     * them), in the order the lessons hold them.
     */
    public List<MathRequest> mathRequests() {
        String macros = macrosJson();
        Set<MathRequest> distinct = new LinkedHashSet<>();
        parsed.files().forEach(f -> f.markups().forEach(m -> m.math().forEach(span ->
                distinct.add(new MathRequest(SubstitutedTex.of(span, checks).tex(), span.display(), macros)))));
        return List.copyOf(distinct);
    }

    /** The course's macros as pipeline.Build hands them to the math stage: one line of JSON, keys sorted, or "" for none. */
    public String macrosJson() {
        SortedMap<String, String> macros = parsed.course().map(c -> c.config().macros()).orElse(Collections.emptySortedMap());
        if (macros.isEmpty()) return "";
        try {
            return new ObjectMapper().writeValueAsString(macros);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always serializes
        }
    }
}

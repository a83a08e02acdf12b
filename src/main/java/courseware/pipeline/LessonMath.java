package courseware.pipeline;

import courseware.math.MathRequest;
import courseware.math.MathResult;
import courseware.math.MathStage;
import courseware.model.MathSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Glue between lessons' math spans and the math stage: {@code {{ }}} values are written into the TeX first, then
 * the distinct expressions of all the given lessons are typeset in one batch (or taken from the cache), with the
 * course's macros ({@code macros}: a JSON object, or "" for none).
 */
final class LessonMath {
    private LessonMath() {}

    /** A span's TeX with its values written in (for mapping error offsets back), and what is asked of KaTeX. */
    private record Typeset(SubstitutedTex sub, MathRequest request) {}

    /**
     * Each pending lesson's result: the request of every span that typeset; each LaTeX error a diagnostic at its place.
     * The math of {@code known} results (read from the store) is asked for in the same batch, so the math cache holds
     * it when their pages are made.
     */
    static List<LessonResult> typeset(List<Checking.Lesson> lessons, List<LessonResult> known, String macros, MathStage stage,
            MathStage.Progress progress) {
        List<Map<MathSpan, Typeset>> spans = new ArrayList<>();
        List<MathRequest> all = new ArrayList<>();
        for (Checking.Lesson lesson : lessons) {
            Map<MathSpan, Typeset> own = spans(lesson, macros);
            own.values().forEach(t -> all.add(t.request()));
            spans.add(own);
        }
        known.forEach(k -> all.addAll(k.math().values()));
        Map<MathRequest, MathResult.Failed> failed = stage.typeset(all, progress);
        List<LessonResult> results = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Checking.Lesson lesson = lessons.get(i);
            Map<MathSpan, MathRequest> typeset = new LinkedHashMap<>();
            spans.get(i).forEach((span, t) -> {
                MathResult.Failed f = failed.get(t.request());
                if (f != null) lesson.diagnostics().error(span.at(t.sub().originalOffset(f.offset())), "LaTeX error: " + f.message());
                else typeset.put(span, t.request());
            });
            results.add(new LessonResult(lesson.source(), lesson.parsed(), lesson.checks(), typeset, lesson.diagnostics()));
        }
        return results;
    }

    /** The distinct requests of the lessons' math, in the order they hold it: what {@link #typeset} asks the stage for. */
    static List<MathRequest> requests(List<Checking.Lesson> lessons, String macros) {
        java.util.Set<MathRequest> distinct = new LinkedHashSet<>();
        lessons.forEach(lesson -> spans(lesson, macros).values().forEach(t -> distinct.add(t.request())));
        return List.copyOf(distinct);
    }

    /** Each math span of a lesson, in document order, with its values written in and what is asked of KaTeX. */
    private static Map<MathSpan, Typeset> spans(Checking.Lesson lesson, String macros) {
        Map<MathSpan, Typeset> own = new LinkedHashMap<>();
        lesson.parsed().file().markups().forEach(m -> m.math().forEach(s -> {
            SubstitutedTex sub = SubstitutedTex.of(s, lesson.checks());
            own.put(s, new Typeset(sub, new MathRequest(sub.tex(), s.display(), macros)));
        }));
        return own;
    }
}

package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.check.Variant;
import courseware.math.MathRequest;
import courseware.math.MathResult;
import courseware.math.MathStage;
import courseware.model.Item;
import courseware.model.MathSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glue between lessons' math spans and the math stage: {@code {{ }}} values are written into the TeX first, then
 * the distinct expressions of all the given lessons are typeset in one batch (or taken from the cache), with the
 * course's macros ({@code macros}: a JSON object, or "" for none). A varying item's math is typeset once per variant
 * whose values change its TeX.
 */
final class LessonMath {
    private LessonMath() {}

    /** One span's TeX with its values written in (for mapping error offsets back), what is asked of KaTeX, in which variant. */
    private record Typeset(MathSpan span, SubstitutedTex sub, MathRequest request, Variant variant) {}

    /** The request for a span's math with the values of {@code checks}: what a page asks the math cache for. */
    static MathRequest request(MathSpan span, CheckResults checks, String macros) {
        return new MathRequest(SubstitutedTex.of(span, checks).tex(), span.display(), macros);
    }

    /**
     * Each pending lesson's result: the requests of its math; each LaTeX error a diagnostic at its place. The math of
     * {@code known} results (read from the store) is asked for in the same batch, so the math cache holds it when
     * their pages are made.
     */
    static List<LessonResult> typeset(List<Checking.Lesson> lessons, List<LessonResult> known, String macros, MathStage stage,
            MathStage.Progress progress) {
        List<List<Typeset>> spans = new ArrayList<>();
        List<MathRequest> all = new ArrayList<>();
        for (Checking.Lesson lesson : lessons) {
            List<Typeset> own = spans(lesson, macros);
            own.forEach(t -> all.add(t.request()));
            spans.add(own);
        }
        known.forEach(k -> all.addAll(k.math()));
        Map<MathRequest, MathResult.Failed> failed = stage.typeset(all, progress);
        List<LessonResult> results = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Checking.Lesson lesson = lessons.get(i);
            Set<MathRequest> requests = new LinkedHashSet<>();
            for (Typeset t : spans.get(i)) {
                MathResult.Failed f = failed.get(t.request());
                if (f == null) {
                    requests.add(t.request());
                } else {
                    String variant = t.variant() == null ? "" : " in variant " + t.variant().index() + " (" + t.variant().values() + ")";
                    lesson.diagnostics().error(t.span().at(t.sub().originalOffset(f.offset())), "LaTeX error" + variant + ": " + f.message());
                }
            }
            results.add(new LessonResult(lesson.source(), lesson.parsed(), lesson.checks(), List.copyOf(requests), lesson.diagnostics()));
        }
        return results;
    }

    /** The distinct requests of the lessons' math, in the order they hold it: what {@link #typeset} asks the stage for. */
    static List<MathRequest> requests(List<Checking.Lesson> lessons, String macros) {
        Set<MathRequest> distinct = new LinkedHashSet<>();
        lessons.forEach(lesson -> spans(lesson, macros).forEach(t -> distinct.add(t.request())));
        return List.copyOf(distinct);
    }

    /** Each math span of a lesson, in document order, then each varying item's spans once per variant that changes them. */
    private static List<Typeset> spans(Checking.Lesson lesson, String macros) {
        List<Typeset> own = new ArrayList<>();
        CheckResults checks = lesson.checks();
        lesson.parsed().file().markups().forEach(m -> m.math().forEach(s -> own.add(typeset(s, checks, null, macros))));
        for (Item item : lesson.parsed().file().items()) {
            for (Variant variant : checks.variants(item.variation())) {
                CheckResults in = checks.in(variant);
                item.markups().forEach(m -> m.math().forEach(s -> {
                    Typeset t = typeset(s, in, variant, macros);
                    if (!t.sub().tex().equals(SubstitutedTex.of(s, checks).tex())) own.add(t);
                }));
            }
        }
        return own;
    }

    private static Typeset typeset(MathSpan span, CheckResults checks, Variant variant, String macros) {
        SubstitutedTex sub = SubstitutedTex.of(span, checks);
        return new Typeset(span, sub, new MathRequest(sub.tex(), span.display(), macros), variant);
    }
}

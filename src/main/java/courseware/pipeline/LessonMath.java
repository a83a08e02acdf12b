package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.check.SubstitutedTex;
import courseware.diag.Diagnostics;
import courseware.math.MathRequest;
import courseware.math.MathResult;
import courseware.math.MathStage;
import courseware.model.Markup;
import courseware.model.MathSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glue between one lesson's math spans and the math stage: {@code {{ }}} values are written into
 * the TeX first, then each distinct expression is typeset once (or taken from the cache).
 */
final class LessonMath {
    private LessonMath() {}

    /** HTML per span ("" where KaTeX failed); each LaTeX error becomes a diagnostic at its place. */
    static Map<MathSpan, String> typeset(List<Markup> markups, CheckResults checks, MathStage stage, Diagnostics diagnostics) {
        Map<MathSpan, SubstitutedTex> spans = new LinkedHashMap<>();
        markups.forEach(m -> m.math().forEach(s -> spans.put(s, SubstitutedTex.of(s, checks))));
        Map<MathSpan, MathRequest> requests = new LinkedHashMap<>();
        spans.forEach((span, sub) -> requests.put(span, new MathRequest(sub.tex(), span.display())));
        Map<MathRequest, MathResult> results = stage.renderAll(List.copyOf(requests.values()));
        Map<MathSpan, String> html = new LinkedHashMap<>();
        spans.forEach((span, sub) -> {
            MathResult result = results.get(requests.get(span));
            if (result instanceof MathResult.Failed f) {
                diagnostics.error(span.at(sub.originalOffset(f.offset())), "LaTeX error: " + f.message());
            }
            html.put(span, result instanceof MathResult.Rendered r ? r.html() : "");
        });
        return html;
    }
}

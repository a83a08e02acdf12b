package courseware.render;

import courseware.check.CheckResults;
import courseware.check.LearnerAnswer;
import courseware.model.Course;
import courseware.model.Embed;
import courseware.model.KeyTerm;
import courseware.model.Lesson;
import courseware.model.MathSpan;
import courseware.model.Markup;
import courseware.model.PracticeProblem;
import courseware.model.QuizQuestion;
import courseware.model.ValueRef;
import courseware.model.WorkedExample;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the model into {@link Views}, swapping math placeholders for typeset HTML. */
final class ViewBuilder {
    private static final Pattern PLACEHOLDER = Pattern.compile("<cw-embed i=\"(\\d+)\"></cw-embed>");

    private final Course course;
    private final Function<MathSpan, String> typeset;
    private final CheckMarks marks;
    private final CheckResults checks;

    ViewBuilder(Course course, Function<MathSpan, String> typeset, CheckResults checks) {
        this.course = course;
        this.typeset = typeset;
        this.marks = new CheckMarks(checks);
        this.checks = checks;
    }

    static String lessonPath(String id) { return "lessons/" + id + ".html"; }

    Views.CourseView course(String root) {
        List<Views.ModuleView> modules = course.modules().stream()
                .map(m -> new Views.ModuleView(m.module().id(), m.module().title(),
                        m.lessons().stream().map(l -> link(l.id(), root)).toList()))
                .toList();
        return new Views.CourseView(course.config().title(), modules);
    }

    Views.LessonView lesson(Lesson l, String root) {
        String module = course.modules().stream().filter(m -> m.module().id().equals(l.meta().module()))
                .map(m -> m.module().title()).findFirst().orElse(l.meta().module());
        List<Views.ExampleView> examples = new ArrayList<>();
        for (int i = 0; i < l.examples().size(); i++) {
            WorkedExample e = l.examples().get(i);
            examples.add(new Views.ExampleView("example-" + (i + 1), html(e.title()), html(e.statement()),
                    html(e.solution()), html(e.answer()), badge(null, e.title(), e.statement(), e.solution(), e.answer())));
        }
        List<Views.QuestionView> quiz = new ArrayList<>();
        for (int i = 0; i < l.quiz().size(); i++) quiz.add(question(l.quiz().get(i), "q" + (i + 1)));
        List<Views.ProblemView> practice = new ArrayList<>();
        for (int i = 0; i < l.practice().size(); i++) {
            PracticeProblem p = l.practice().get(i);
            practice.add(new Views.ProblemView("problem-" + (i + 1), html(p.title()), html(p.statement()),
                    html(p.solution()), p.hasAnswer() ? html(p.answer()) : null,
                    badge(null, p.title(), p.statement(), p.solution(), p.answer())));
        }
        List<Views.TermView> terms = new ArrayList<>();
        java.util.Set<String> anchors = new java.util.HashSet<>();
        for (KeyTerm t : l.keyTerms()) {
            String anchor = "term-" + slug(t.name());
            for (int n = 2; !anchors.add(anchor); n++) anchor = "term-" + slug(t.name()) + "-" + n;
            terms.add(new Views.TermView(anchor, t.name(), html(t.term()), html(t.definition())));
        }
        return new Views.LessonView(l.id(), l.meta().title(), module, l.meta().minutes(),
                html(l.intro()), htmls(l.objectives()), html(l.content()), examples, quiz, practice, terms,
                htmls(l.pitfalls()), htmls(l.summary()),
                l.meta().prerequisites().stream().map(id -> link(id, root)).toList(),
                l.meta().next() == null ? null : link(l.meta().next(), root), badge(null, l.content()));
    }

    private Views.QuestionView question(QuizQuestion q, String name) {
        List<Views.OptionView> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            QuizQuestion.Option o = q.options().get(i);
            options.add(new Views.OptionView(name + "-" + (char) ('a' + i), String.valueOf((char) ('A' + i)), html(o.text()), o.correct(), html(o.feedback())));
        }
        TemplateHTMLOutputModel answerHtml = q.answer() == null ? null
                : q.answerRef() != null ? raw(marks.prose(q.answerRef())) : raw(freemarker.template.utility.StringUtil.XHTMLEnc(q.answer()));
        // The page grades a typed number against the build's own interval, written out exactly.
        String accept = q.kind() != QuizQuestion.Kind.NUMERIC ? null
                : LearnerAnswer.interval(q.answerRef() == null ? java.util.Optional.empty() : checks.get(q.answerRef()), q.answer())
                        .map(LearnerAnswer::attribute).orElse(null);
        return new Views.QuestionView(name, q.kind().name().toLowerCase(Locale.ROOT), html(q.prompt()), options,
                q.answer(), accept, answerHtml, q.explanation().isEmpty() ? null : html(q.explanation()),
                badge(q.answerRef(), q.prompt(), q.explanation()));
    }

    /** A written lesson links to its page; a planned one is shown by title without a link. */
    private Views.LessonLink link(String id, String root) {
        Lesson written = course.lessonsById().get(id);
        if (written != null) {
            return new Views.LessonLink(id, written.meta().title(), root + lessonPath(id), written.meta().minutes());
        }
        String title = course.planned(id).map(p -> p.title()).orElse(id);
        return new Views.LessonLink(id, title, null, null);
    }

    private List<TemplateHTMLOutputModel> htmls(List<Markup> markups) {
        return markups.stream().map(this::html).toList();
    }

    TemplateHTMLOutputModel html(Markup markup) {
        Matcher m = PLACEHOLDER.matcher(markup.html());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(embed(markup.embeds().get(Integer.parseInt(m.group(1))))));
        }
        m.appendTail(out);
        return raw(out.toString().strip());
    }

    private String embed(Embed embed) {
        if (embed instanceof MathSpan span) return typeset.apply(span);
        if (embed instanceof ValueRef ref) return marks.prose(ref);
        throw new IllegalStateException("no renderer for " + embed.getClass().getSimpleName());
    }

    /** The badge of an item's recomputed numbers, or null when it states none. */
    private TemplateHTMLOutputModel badge(ValueRef extra, Markup... parts) {
        String html = marks.badge(extra, java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
        return html.isEmpty() ? null : raw(html);
    }

    /** Finished HTML that templates print as is. */
    private static TemplateHTMLOutputModel raw(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "term" : s;
    }
}

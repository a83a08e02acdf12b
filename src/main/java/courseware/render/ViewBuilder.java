package courseware.render;

import courseware.check.CheckResults;
import courseware.check.LearnerAnswer;
import courseware.check.Misconceptions;
import courseware.check.Variant;
import courseware.model.Item;
import courseware.model.Course;
import courseware.check.Checked;
import courseware.model.Embed;
import courseware.model.Figure;
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
import courseware.render.figure.FigureHtml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the model into {@link Views}, swapping math placeholders for typeset HTML. */
final class ViewBuilder {

    private final Course course;
    private final Typesetter typeset;
    private final CheckMarks marks;
    private final CheckResults checks;
    private final Glossary glossary;
    private final LessonLinks lessonLinks;
    /** What the ids of a variant's copy of an item end in, so the page's ids stay unique ("" for the lesson's own). */
    private final String idSuffix;

    ViewBuilder(Course course, Typesetter typeset, CheckResults checks) {
        this(course, typeset, checks, new Glossary(course), new LessonLinks(course), "");
    }

    private ViewBuilder(Course course, Typesetter typeset, CheckResults checks, Glossary glossary, LessonLinks lessonLinks, String idSuffix) {
        this.course = course;
        this.typeset = typeset;
        this.marks = new CheckMarks(checks);
        this.checks = checks;
        this.glossary = glossary;
        this.lessonLinks = lessonLinks;
        this.idSuffix = idSuffix;
    }

    /** The same pages as one variant sees them: its values and figures, its own ids. */
    private ViewBuilder in(Variant variant) {
        return new ViewBuilder(course, typeset, checks.in(variant), glossary, lessonLinks, "-v" + variant.index());
    }

    static String lessonPath(String id) { return "lessons/" + id + ".html"; }

    /** Built once per root: every page asks for it, and it lists every lesson (quadratic otherwise). */
    private final java.util.Map<String, Views.CourseView> courseViews = new java.util.concurrent.ConcurrentHashMap<>();
    static final String GLOSSARY = "glossary.html";

    Views.CourseView course(String root) {
        return courseViews.computeIfAbsent(root, this::buildCourse);
    }

    private Views.CourseView buildCourse(String root) {
        List<Views.ModuleView> modules = course.modules().stream()
                .map(m -> new Views.ModuleView(m.module().id(), m.module().title(),
                        m.lessons().stream().map(l -> link(l.id(), root)).toList()))
                .toList();
        String graph = PrerequisiteGraph.svg(course, id -> link(id, root));
        List<Views.LessonLink> planned = course.config().planned().stream().map(p -> link(p.id(), root))
                .filter(Views.LessonLink::planned).toList();
        return new Views.CourseView(course.config().title(), modules, planned, graph == null ? null : raw(graph));
    }

    /** The glossary, alphabetical; links relative to the site root. */
    List<Views.GlossaryEntry> glossary() {
        return glossary.entries().stream().map(e -> new Views.GlossaryEntry(e.anchor(), e.name(), htmlAtRoot(e.definition()),
                e.taughtIn().stream().map(t -> new Views.TermSource(t.lesson().meta().title(),
                        lessonPath(t.lesson().id()) + "#" + t.anchor())).toList())).toList();
    }

    Glossary glossaryModel() { return glossary; }

    /** Ids the lesson template gives fixed elements; headings found in lesson text must not take them. */
    static Set<String> reservedIds(Lesson l) {
        Set<String> ids = new HashSet<>(List.of("top", "main", "sidebar", "site-search", "search-input", "search-results",
                "theme-toggle", "toc", "lesson-" + l.id(), "objectives", "content", "examples", "quiz", "practice",
                "key-terms", "pitfalls", "summary"));
        for (int i = 1; i <= l.examples().size(); i++) {
            ids.addAll(List.of("example-" + i, "example-" + i + "-solution", "example-" + i + "-answer"));
        }
        for (int i = 1; i <= l.practice().size(); i++) {
            ids.addAll(List.of("problem-" + i, "problem-" + i + "-solution", "problem-" + i + "-answer"));
        }
        for (int i = 0; i < l.quiz().size(); i++) {
            ids.add("q" + (i + 1));
            for (int o = 0; o < l.quiz().get(i).options().size(); o++) ids.add("q" + (i + 1) + "-" + (char) ('a' + o));
        }
        ids.addAll(Glossary.lessonAnchors(l).values());
        return ids;
    }

    /** The core content with heading ids and anchors and its key terms linked to the glossary. */
    Reading.Processed content(Lesson l, String root) {
        return processed(l, root).page();
    }

    /** The same with its math left out, for the search index (which drops math: parsing its markup was most of it). */
    Reading.Processed searchContent(Lesson l, String root) {
        return processed(l, root).search();
    }

    private LastContent processed(Lesson l, String root) {
        LastContent last = lastContent.get();
        if (last != null && last.lesson() == l && last.root().equals(root)) return last;
        Map<String, String> terms = new LinkedHashMap<>();
        glossary.linkOrder().forEach(e -> terms.put(Reading.key(e.name()), root + GLOSSARY + "#" + e.anchor()));
        // The aids work on the fragment with its math and figures still placeholders: jsoup never parses their markup
        // (KaTeX's is about 1.8 KB an expression, and a lesson has hundreds), which then goes in as the same strings as
        // in every other fragment. A value is plain text that key terms and titles read, so it goes in first, as before.
        Markup content = l.content();
        Reading.Processed aids = Reading.process(withEmbeds(content.html(), content, e -> e instanceof ValueRef r ? marks.prose(r) : null),
                reservedIds(l), terms, part -> withEmbeds(part, content, this::embed));
        Reading.Processed page = new Reading.Processed(
                lessonLinks.rewrite(withEmbeds(aids.html(), content, this::embed), content, ""), aids.headings());
        Reading.Processed search = new Reading.Processed(
                withEmbeds(aids.html(), content, e -> e instanceof MathSpan ? "" : embed(e)), aids.headings());
        LastContent made = new LastContent(l, root, page, search);
        lastContent.set(made);
        return made;
    }

    /**
     * The last lesson content processed on each thread: its page and its search documents both need it, one after the
     * other, on the thread making that lesson's page (lesson pages are made side by side).
     */
    private record LastContent(Lesson lesson, String root, Reading.Processed page, Reading.Processed search) {}

    private final ThreadLocal<LastContent> lastContent = new ThreadLocal<>();

    Views.LessonView lesson(Lesson l, String root) {
        String module = course.modules().stream().filter(m -> m.module().id().equals(l.meta().module()))
                .map(m -> m.module().title()).findFirst().orElse(l.meta().module());
        List<Views.ExampleView> examples = new ArrayList<>();
        for (int i = 0; i < l.examples().size(); i++) {
            WorkedExample e = l.examples().get(i);
            examples.add(varying(e.variation(), Item.exampleAnchor(i), (views, anchor, variant, all) -> views.example(e, anchor, variant, all)));
        }
        List<Views.QuestionView> quiz = new ArrayList<>();
        for (int i = 0; i < l.quiz().size(); i++) {
            QuizQuestion q = l.quiz().get(i);
            quiz.add(varying(q.variation(), Item.questionAnchor(i), (views, name, variant, all) -> views.question(q, name, variant, all)));
        }
        List<Views.ProblemView> practice = new ArrayList<>();
        for (int i = 0; i < l.practice().size(); i++) {
            PracticeProblem p = l.practice().get(i);
            practice.add(varying(p.variation(), Item.problemAnchor(i), (views, anchor, variant, all) -> views.problem(p, anchor, variant, all)));
        }
        List<Views.TermView> terms = new ArrayList<>();
        Map<KeyTerm, String> anchors = Glossary.lessonAnchors(l);
        for (KeyTerm t : l.keyTerms()) {
            terms.add(new Views.TermView(anchors.get(t), t.name(), html(t.term()), html(t.definition())));
        }
        Reading.Processed content = content(l, root);
        List<Lesson> order = course.lessons();
        int at = order.indexOf(l);
        Views.LessonLink previous = at > 0 ? link(order.get(at - 1).id(), root) : null;
        Views.LessonLink next = at >= 0 && at + 1 < order.size() ? link(order.get(at + 1).id(), root)
                : l.meta().next() == null ? null : link(l.meta().next(), root);
        return new Views.LessonView(l.id(), l.meta().title(), module, l.meta().minutes(),
                html(l.intro()), htmls(l.objectives()), raw(content.html().strip()), examples, quiz, practice, terms,
                htmls(l.pitfalls()), htmls(l.summary()),
                l.meta().prerequisites().stream().map(id -> link(id, root)).toList(),
                next, l.meta().module(), previous, toc(l, content.headings()), badge(null, l.content()));
    }

    /** Sections in page order, with the core content's top headings, examples and problems one level down. */
    private List<Views.TocEntry> toc(Lesson l, List<Reading.Heading> headings) {
        List<Views.TocEntry> toc = new ArrayList<>();
        toc.add(entry("objectives", "Learning objectives", List.of()));
        int top = headings.stream().mapToInt(Reading.Heading::level).min().orElse(0);
        toc.add(entry("content", "Core content", headings.stream().filter(h -> h.level() == top)
                .map(h -> entry(h.id(), h.title(), List.of())).toList()));
        if (!l.examples().isEmpty()) {
            List<Views.TocEntry> items = new ArrayList<>();
            for (int i = 0; i < l.examples().size(); i++) {
                items.add(entry("example-" + (i + 1), Reading.text(htmlString(l.examples().get(i).title())), List.of()));
            }
            toc.add(entry("examples", "Worked examples", items));
        }
        if (!l.quiz().isEmpty()) toc.add(entry("quiz", "Quiz", List.of()));
        if (!l.practice().isEmpty()) {
            List<Views.TocEntry> items = new ArrayList<>();
            for (int i = 0; i < l.practice().size(); i++) {
                items.add(entry("problem-" + (i + 1), Reading.text(htmlString(l.practice().get(i).title())), List.of()));
            }
            toc.add(entry("practice", "Practice problems", items));
        }
        if (!l.keyTerms().isEmpty()) toc.add(entry("key-terms", "Key terms", List.of()));
        if (!l.pitfalls().isEmpty()) toc.add(entry("pitfalls", "Pitfalls", List.of()));
        if (!l.summary().isEmpty()) toc.add(entry("summary", "Summary", List.of()));
        return toc;
    }

    private static Views.TocEntry entry(String id, String title, List<Views.TocEntry> children) {
        return new Views.TocEntry(id, title, children);
    }

    /** How one item's view is made by a view builder: its anchor, the variant it shows, every variant's view (or none). */
    private interface ItemView<V> {
        V make(ViewBuilder views, String anchor, int variant, List<V> variants);
    }

    /** An item's view: as it is, or, when it varies, variant 0's with every variant's copy (ids ending -v0, -v1...). */
    private <V> V varying(courseware.model.Variation variation, String anchor, ItemView<V> view) {
        List<Variant> variants = checks.variants(variation);
        if (variants.isEmpty()) return view.make(this, anchor, 0, List.of());
        List<V> all = new ArrayList<>(List.of(view.make(this, anchor + "-v0", 0, List.of())));
        variants.forEach(v -> all.add(view.make(in(v), anchor + "-v" + v.index(), v.index(), List.of())));
        return view.make(this, anchor, 0, all);
    }

    private Views.ExampleView example(WorkedExample e, String anchor, int variant, List<Views.ExampleView> variants) {
        return new Views.ExampleView(anchor, html(e.title()), html(e.statement()), html(e.solution()), html(e.answer()),
                badge(null, e.title(), e.statement(), e.solution(), e.answer()), variant, variants);
    }

    private Views.ProblemView problem(PracticeProblem p, String anchor, int variant, List<Views.ProblemView> variants) {
        return new Views.ProblemView(anchor, html(p.title()), html(p.statement()), html(p.solution()),
                p.hasAnswer() ? html(p.answer()) : null, badge(null, p.title(), p.statement(), p.solution(), p.answer()), variant, variants);
    }

    private Views.QuestionView question(QuizQuestion q, String name, int variant, List<Views.QuestionView> variants) {
        List<Views.OptionView> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            QuizQuestion.Option o = q.options().get(i);
            options.add(new Views.OptionView(name + "-" + (char) ('a' + i), String.valueOf((char) ('A' + i)), html(o.text()), o.correct(), html(o.feedback())));
        }
        TemplateHTMLOutputModel answerHtml = q.answer() == null ? null
                : q.answerRef() != null ? raw(marks.prose(q.answerRef())) : raw(freemarker.template.utility.StringUtil.XHTMLEnc(q.answer().text()));
        // The page grades a typed number against the build's own interval, written out exactly.
        java.util.Optional<Checked> answer = q.answerRef() == null ? java.util.Optional.empty() : checks.get(q.answerRef());
        String accept = q.kind() != QuizQuestion.Kind.NUMERIC ? null
                : LearnerAnswer.interval(answer, q.answer()).map(LearnerAnswer::attribute).orElse(null);
        List<Views.MisconceptionView> misconceptions = new ArrayList<>();
        for (Misconceptions.Landing m : Misconceptions.of(q, checks)) {
            misconceptions.add(new Views.MisconceptionView(LearnerAnswer.attribute(m.interval()), html(m.misconception().feedback())));
        }
        return new Views.QuestionView(name, q.kind().name().toLowerCase(Locale.ROOT), html(q.prompt()), options,
                answer.map(Checked::display).orElse(q.answer() == null ? null : q.answer().text()), accept, answerHtml,
                q.explanation().isEmpty() ? null : html(q.explanation()), badge(q.answerRef(), q.prompt(), q.explanation()),
                misconceptions, variant, variants);
    }

    /** A written lesson links to its page; a planned one is shown by title without a link. */
    private Views.LessonLink link(String id, String root) {
        Lesson written = course.lessonsById().get(id);
        if (written != null) {
            return new Views.LessonLink(id, written.meta().title(), root + lessonPath(id), written.meta().minutes(),
                    written.objectives().size());
        }
        String title = course.planned(id).map(p -> p.title()).orElse(id);
        return new Views.LessonLink(id, title, null, null, 0);
    }

    private List<TemplateHTMLOutputModel> htmls(List<Markup> markups) {
        return markups.stream().map(this::html).toList();
    }

    TemplateHTMLOutputModel html(Markup markup) {
        return raw(htmlString(markup));
    }

    /** The fragment's HTML with every embed swapped in, for a lesson page. */
    String htmlString(Markup markup) {
        return lessonLinks.rewrite(withEmbeds(markup, this::embed), markup, "");
    }

    /** The same for a page at the site's root (the glossary), where lesson pages are in lessons/. */
    private TemplateHTMLOutputModel htmlAtRoot(Markup markup) {
        return raw(lessonLinks.rewrite(withEmbeds(markup, this::embed), markup, "lessons/"));
    }

    /**
     * The fragment as the search index reads it: math left out (the index drops it anyway, and reading back and
     * parsing its markup was a fifth of a warm build), everything else as on the page.
     */
    String searchHtml(Markup markup) {
        return withEmbeds(markup, e -> e instanceof MathSpan ? "" : embed(e));
    }

    private String withEmbeds(Markup markup, Function<Embed, String> html) {
        return withEmbeds(markup.html(), markup, html);
    }

    /** {@code fragment} (the HTML of {@code markup}, or part of it) with its placeholders swapped; those mapped to null kept. */
    private String withEmbeds(String fragment, Markup markup, Function<Embed, String> html) {
        Matcher m = Markup.PLACEHOLDER.matcher(fragment);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String swapped = html.apply(markup.embeds().get(Integer.parseInt(m.group(1))));
            m.appendReplacement(out, ""); // then the markup as is: a replacement string would be parsed for $ and \\
            out.append(swapped == null ? m.group() : swapped);
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private String embed(Embed embed) {
        if (embed instanceof MathSpan span) return typeset.html(span, checks);
        if (embed instanceof ValueRef ref) return marks.prose(ref);
        if (embed instanceof Figure figure) {
            return checks.figure(figure).map(data -> FigureHtml.render(figure, data,
                    ref -> checks.get(ref).map(Checked::display).orElse(ref.expression()), marks::prose,
                    htmlString(figure.caption()), "fig-" + figure.pos().line() + idSuffix)).orElse("");
        }
        throw new IllegalStateException("no renderer for " + embed.getClass().getSimpleName());
    }

    /** The badge of an item's recomputed numbers, or null when it states none. */
    private TemplateHTMLOutputModel badge(ValueRef extra, Markup... parts) {
        String html = marks.badge(extra, java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
        return html.isEmpty() ? null : raw(html);
    }

    /** Finished HTML that templates print as is. */
    static TemplateHTMLOutputModel raw(String html) {
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

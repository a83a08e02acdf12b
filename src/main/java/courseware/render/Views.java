package courseware.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What templates see: prepared values only, no model objects and no logic to run. Fields of type
 * {@link TemplateHTMLOutputModel} are finished HTML and print unescaped; plain strings are escaped.
 */
public final class Views {
    private Views() {}

    /**
     * {@code kind} is index, glossary or lesson; {@code current} is the id of the lesson shown, or null on
     * course-level pages; {@code language} is the pages' lang tag; {@code canonical} the page's published
     * address, or null when course.yml gives no {@code url}.
     */
    public record Page(String title, String root, String courseTitle, String kind, String current, String language,
            String canonical) {}

    /** {@code graph} is the prerequisite graph as finished inline SVG (null when there are no links). */
    public record CourseView(String title, List<ModuleView> modules, List<LessonLink> planned,
            TemplateHTMLOutputModel graph) {}

    public record ModuleView(String id, String title, List<LessonLink> lessons) {}

    /** A link to a lesson; {@code href} is null for a planned lesson that has no page yet. */
    public record LessonLink(String id, String title, String href, Integer minutes, int objectives) {
        public boolean planned() { return href == null; }
    }

    /** An entry of a lesson's in-page contents; {@code children} are one level down. */
    public record TocEntry(String id, String title, List<TocEntry> children) {}

    /** One glossary entry: the term, its definition where first taught, and every lesson teaching it. */
    public record GlossaryEntry(String anchor, String name, TemplateHTMLOutputModel definition, List<TermSource> taughtIn) {}

    /** Where a term is taught: the lesson and the href of its definition there. */
    public record TermSource(String lessonTitle, String href) {}

    public record LessonView(String id, String title, String module, Integer minutes,
            TemplateHTMLOutputModel intro, List<TemplateHTMLOutputModel> objectives, TemplateHTMLOutputModel content,
            List<ExampleView> examples, List<QuestionView> quiz, List<ProblemView> practice, List<TermView> keyTerms,
            List<TemplateHTMLOutputModel> pitfalls, List<TemplateHTMLOutputModel> summary,
            List<LessonLink> prerequisites, LessonLink next,
            String moduleId, LessonLink previous, List<TocEntry> toc, TemplateHTMLOutputModel contentChecks) {
        /** Whether an item of the lesson varies: its page then loads the script that picks each learner's variant. */
        public boolean varying() {
            return examples.stream().anyMatch(e -> !e.variants().isEmpty()) || quiz.stream().anyMatch(q -> !q.variants().isEmpty())
                    || practice.stream().anyMatch(p -> !p.variants().isEmpty());
        }
    }

    /**
     * {@code checks} (here and below) is the badge of the item's recomputed numbers, or null. A varying item is shown
     * once per variant: {@code variants} holds each variant's view (variant 0, the author's values, first), and the
     * item's own fields are variant 0's; an item that does not vary has none. {@code variant} is the index of the
     * variant a view shows, {@code values} its drawn values in words ("" for variant 0).
     */
    public record ExampleView(String anchor, TemplateHTMLOutputModel title, TemplateHTMLOutputModel statement,
            TemplateHTMLOutputModel solution, TemplateHTMLOutputModel answer, TemplateHTMLOutputModel checks,
            int variant, List<ExampleView> variants) {}

    /**
     * {@code kind} is single, multiple or numeric; {@code name} is unique on the page, for form
     * inputs. {@code answer} is a numeric answer as plain text (for the page's data),
     * {@code accept} the interval it accepts with exact bounds ({@code [0.01455,0.01465)}) or null,
     * {@code answerHtml} the answer with its checked mark.
     */
    public record QuestionView(String name, String kind, TemplateHTMLOutputModel prompt, List<OptionView> options,
            String answer, String accept, TemplateHTMLOutputModel answerHtml, TemplateHTMLOutputModel explanation,
            TemplateHTMLOutputModel checks, List<MisconceptionView> misconceptions, int variant, List<QuestionView> variants) {}

    /** A known wrong computation: the interval its value gets, written as {@code accept} is, and its feedback. */
    public record MisconceptionView(String accept, TemplateHTMLOutputModel feedback) {}

    /** {@code letter} (A, B, ...) names the option, also for assistive technology when its text is only math. */
    public record OptionView(String id, String letter, TemplateHTMLOutputModel text, boolean correct, TemplateHTMLOutputModel feedback) {}

    public record ProblemView(String anchor, TemplateHTMLOutputModel title, TemplateHTMLOutputModel statement,
            TemplateHTMLOutputModel solution, TemplateHTMLOutputModel answer, TemplateHTMLOutputModel checks,
            int variant, List<ProblemView> variants) {}

    public record TermView(String anchor, String name, TemplateHTMLOutputModel term, TemplateHTMLOutputModel definition) {}
}

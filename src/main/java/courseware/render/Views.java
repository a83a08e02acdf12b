package courseware.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What templates see: prepared values only, no model objects and no logic to run. Fields of type
 * {@link TemplateHTMLOutputModel} are finished HTML and print unescaped; plain strings are escaped.
 */
public final class Views {
    private Views() {}

    public record Page(String title, String root, String courseTitle) {}

    public record CourseView(String title, List<ModuleView> modules) {}

    public record ModuleView(String id, String title, List<LessonLink> lessons) {}

    /** A link to a lesson; {@code href} is null for a planned lesson that has no page yet. */
    public record LessonLink(String id, String title, String href, Integer minutes) {
        public boolean planned() { return href == null; }
    }

    public record LessonView(String id, String title, String module, Integer minutes,
            TemplateHTMLOutputModel intro, List<TemplateHTMLOutputModel> objectives, TemplateHTMLOutputModel content,
            List<ExampleView> examples, List<QuestionView> quiz, List<ProblemView> practice, List<TermView> keyTerms,
            List<TemplateHTMLOutputModel> pitfalls, List<TemplateHTMLOutputModel> summary,
            List<LessonLink> prerequisites, LessonLink next, TemplateHTMLOutputModel contentChecks) {}

    /** {@code checks} (here and below) is the badge of the item's recomputed numbers, or null. */
    public record ExampleView(String anchor, TemplateHTMLOutputModel title, TemplateHTMLOutputModel statement,
            TemplateHTMLOutputModel solution, TemplateHTMLOutputModel answer, TemplateHTMLOutputModel checks) {}

    /**
     * {@code kind} is single, multiple or numeric; {@code name} is unique on the page, for form
     * inputs. {@code answer} is a numeric answer as plain text (for the page's data),
     * {@code accept} the interval it accepts with exact bounds ({@code [0.01455,0.01465)}) or null,
     * {@code answerHtml} the answer with its checked mark.
     */
    public record QuestionView(String name, String kind, TemplateHTMLOutputModel prompt, List<OptionView> options,
            String answer, String accept, TemplateHTMLOutputModel answerHtml, TemplateHTMLOutputModel explanation,
            TemplateHTMLOutputModel checks) {}

    /** {@code letter} (A, B, ...) names the option, also for assistive technology when its text is only math. */
    public record OptionView(String id, String letter, TemplateHTMLOutputModel text, boolean correct, TemplateHTMLOutputModel feedback) {}

    public record ProblemView(String anchor, TemplateHTMLOutputModel title, TemplateHTMLOutputModel statement,
            TemplateHTMLOutputModel solution, TemplateHTMLOutputModel answer, TemplateHTMLOutputModel checks) {}

    public record TermView(String anchor, String name, TemplateHTMLOutputModel term, TemplateHTMLOutputModel definition) {}
}

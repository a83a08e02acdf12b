package courseware.model;

import courseware.diag.Source;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one lesson file contributes to checks and math, even when its front matter is unusable
 * and no {@link Lesson} could be made: so one run still reports every wrong answer and LaTeX error.
 */
public record LessonFile(Source source, List<Markup> markups, List<Binding> bindings, List<ValueRef> answerRefs) implements java.io.Serializable {
    public LessonFile {
        markups = List.copyOf(markups);
        bindings = List.copyOf(bindings);
        answerRefs = List.copyOf(answerRefs);
    }

    /** Every value reference of the file: in prose, in math, and numeric quiz answers. */
    public Stream<ValueRef> refs() {
        return Stream.concat(markups.stream().flatMap(Markup::allRefs), answerRefs.stream());
    }
}

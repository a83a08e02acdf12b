package courseware.model;

import courseware.diag.Source;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one lesson file contributes to checks and math, even when its front matter is unusable
 * and no {@link Lesson} could be made: so one run still reports every wrong answer and LaTeX error. {@code items} are
 * its examples, problems and questions, which the check stage also checks in each of their variants.
 */
public record LessonFile(Source source, List<Markup> markups, List<Binding> bindings, List<ValueRef> answerRefs, List<Item> items)
        implements java.io.Serializable {
    public LessonFile {
        markups = List.copyOf(markups);
        bindings = List.copyOf(bindings);
        answerRefs = List.copyOf(answerRefs);
        items = List.copyOf(items);
    }

    /** Every value reference of the file: in prose, in math, numeric quiz answers and their misconceptions. */
    public Stream<ValueRef> refs() {
        return Stream.concat(markups.stream().flatMap(Markup::allRefs), answerRefs.stream());
    }
}

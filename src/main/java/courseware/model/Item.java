package courseware.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * One worked example, practice problem or quiz question as the check stage sees it: its page anchor (which, with the
 * lesson's id, seeds its variants' draws), its variation, the fragments it shows, the texts of its choice options,
 * and a numeric question's bound answer (or null) and misconceptions. A varying item is checked again, all of it, in
 * each variant; a question's misconceptions and options are compared with its answer in every variant.
 */
public record Item(String anchor, Variation variation, List<Markup> markups, List<Markup> options, ValueRef answer,
        List<ValueRef> misconceptions) implements java.io.Serializable {
    public Item {
        markups = List.copyOf(markups);
        options = List.copyOf(options);
        misconceptions = List.copyOf(misconceptions);
    }

    /** Every value reference of the item: in its fragments, its answer, its misconceptions. */
    public Stream<ValueRef> refs() {
        return Stream.of(markups.stream().flatMap(Markup::allRefs), Stream.ofNullable(answer), misconceptions.stream())
                .flatMap(s -> s);
    }

    /** The anchors the page gives items, shared by the parser (which seeds variants with them) and the page. */
    public static String exampleAnchor(int index) { return "example-" + (index + 1); }

    public static String problemAnchor(int index) { return "problem-" + (index + 1); }

    public static String questionAnchor(int index) { return "q" + (index + 1); }
}

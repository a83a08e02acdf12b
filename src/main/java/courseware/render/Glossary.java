package courseware.render;

import courseware.model.Course;
import courseware.model.KeyTerm;
import courseware.model.Lesson;
import courseware.model.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every lesson's key terms merged into one alphabetical list. Terms are the same when their names
 * are equal ignoring case; the first lesson in reading order gives the spelling and the definition,
 * and every lesson that defines the term is listed.
 */
final class Glossary {
    record Source(Lesson lesson, String anchor) {}

    record Entry(String anchor, String name, Markup definition, List<Source> taughtIn) {}

    private final List<Entry> entries;

    Glossary(Course course) {
        Map<String, List<Source>> sources = new TreeMap<>();
        Map<String, KeyTerm> first = new LinkedHashMap<>();
        for (Lesson l : course.lessons()) {
            Map<KeyTerm, String> anchors = lessonAnchors(l);
            for (KeyTerm t : l.keyTerms()) {
                String key = Reading.key(t.name());
                first.putIfAbsent(key, t);
                sources.computeIfAbsent(key, k -> new ArrayList<>()).add(new Source(l, anchors.get(t)));
            }
        }
        List<Entry> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<Source>> e : sources.entrySet()) {
            KeyTerm t = first.get(e.getKey());
            list.add(new Entry(Reading.unique("term-" + ViewBuilder.slug(t.name()), ids), t.name(), t.definition(),
                    List.copyOf(e.getValue())));
        }
        this.entries = List.copyOf(list);
    }

    /** Alphabetical, ignoring case (the keys' natural order, so independent of locale). */
    List<Entry> entries() { return entries; }

    /** Longest names first, so "strict saddle point" is linked before "saddle point" can take its words. */
    List<Entry> linkOrder() {
        return entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.name().length())
                .thenComparing(e -> Reading.key(e.name()))).toList();
    }

    /** The id of each key term's definition on its lesson page: {@code term-<slug>}, made unique. */
    static Map<KeyTerm, String> lessonAnchors(Lesson l) {
        Map<KeyTerm, String> anchors = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (KeyTerm t : l.keyTerms()) anchors.put(t, Reading.unique("term-" + ViewBuilder.slug(t.name()), ids));
        return anchors;
    }
}

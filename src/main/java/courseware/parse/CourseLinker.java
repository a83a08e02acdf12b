package courseware.parse;

import courseware.diag.Suggest;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.model.Lesson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Resolves lesson ids across the course: unique ids, known modules, prerequisite and next links
 * that name a written or planned lesson, and a reading order with prerequisites first.
 */
final class CourseLinker {
    private static final Comparator<Lesson> BY_ORDER =
            Comparator.comparing((Lesson l) -> l.meta().order()).thenComparing(Lesson::id);

    /**
     * @param plannedAt where the id of the i-th planned lesson of course.yml is written
     * @param unparsed ids of lessons whose front matter failed (already reported): links to them
     *                 are not reported again
     */
    Course link(CourseConfig config, IntFunction<Pos> plannedAt, List<Lesson> parsed, java.util.Set<String> unparsed,
            Diagnostics diagnostics) {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        // Ids become file names, and two that differ only in letter case name one file on macOS and Windows.
        Map<String, Lesson> byFileName = new HashMap<>();
        for (Lesson lesson : parsed) {
            Lesson first = byId.putIfAbsent(lesson.id(), lesson);
            if (first != null) {
                diagnostics.error(idPos(lesson), "lesson id '" + lesson.id() + "' is also used by " + idAt(first));
                continue;
            }
            Lesson sameFile = byFileName.putIfAbsent(fileName(lesson.id()), lesson);
            if (sameFile != null) {
                diagnostics.error(idPos(lesson), "lesson id '" + lesson.id() + "' differs from '" + sameFile.id() + "' ("
                        + idAt(sameFile) + ") only in letter case; their pages would be one file on case-insensitive"
                        + " file systems (macOS, Windows): choose another id");
            }
        }
        Map<String, String> plannedByFileName = new HashMap<>();
        for (int i = 0; i < config.planned().size(); i++) {
            String id = config.planned().get(i).id();
            Lesson written = byFileName.get(fileName(id));
            String samePlanned = plannedByFileName.putIfAbsent(fileName(id), id);
            if (written != null && written.id().equals(id)) {
                diagnostics.error(plannedAt.apply(i), "planned lesson '" + id + "' is already written (" + idAt(written)
                        + "); remove it from 'planned'");
            } else if (written != null) {
                diagnostics.error(plannedAt.apply(i), "planned lesson '" + id + "' differs from lesson '" + written.id() + "' ("
                        + idAt(written) + ") only in letter case; if that is the lesson, remove it from 'planned'");
            } else if (samePlanned != null && !samePlanned.equals(id)) {
                diagnostics.error(plannedAt.apply(i), "planned lesson '" + id + "' differs from planned lesson '" + samePlanned
                        + "' only in letter case; choose one spelling");
            }
        }
        Set<String> moduleIds = new TreeSet<>();
        config.modules().forEach(m -> moduleIds.add(m.id()));
        Set<String> known = new TreeSet<>(byId.keySet());
        config.planned().forEach(p -> known.add(p.id()));
        known.addAll(unparsed);

        Map<String, List<Lesson>> byModule = new HashMap<>();
        for (Lesson lesson : byId.values()) {
            String module = lesson.meta().module();
            if (!moduleIds.contains(module)) {
                diagnostics.error(keyPos(lesson, "module"), "unknown module '" + module + "'" + Suggest.hint(module, moduleIds)
                        + "; modules are declared in course.yml: " + String.join(", ", moduleIds));
            }
            byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(lesson);
            for (String prerequisite : lesson.meta().prerequisites()) {
                if (prerequisite.equals(lesson.id())) {
                    diagnostics.error(keyPos(lesson, "prerequisites"), "lesson " + lesson.id() + " lists itself as a prerequisite");
                } else if (!known.contains(prerequisite)) {
                    diagnostics.error(keyPos(lesson, "prerequisites"), unknownLesson(prerequisite, known));
                }
            }
            String next = lesson.meta().next();
            if (next != null && !known.contains(next)) diagnostics.error(keyPos(lesson, "next"), unknownLesson(next, known));
        }

        List<Course.ModuleLessons> modules = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (CourseConfig.ModuleInfo module : config.modules()) {
            if (!listed.add(module.id())) continue; // a duplicate id, reported with course.yml
            List<Lesson> lessons = byModule.getOrDefault(module.id(), List.of());
            modules.add(new Course.ModuleLessons(module, readingOrder(lessons, diagnostics)));
        }
        return new Course(config, modules, byId);
    }

    private static String unknownLesson(String id, Set<String> known) {
        return "no lesson or planned lesson has id '" + id + "'" + Suggest.hint(id, known)
                + "; list a lesson not written yet under 'planned' in course.yml";
    }

    /** Kahn's algorithm; ties (and lessons without links) go by 'order', then id. */
    private static List<Lesson> readingOrder(List<Lesson> lessons, Diagnostics diagnostics) {
        Map<String, Lesson> here = new HashMap<>();
        lessons.forEach(l -> here.put(l.id(), l));
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<Lesson>> dependents = new HashMap<>();
        for (Lesson l : lessons) {
            int n = 0;
            for (String p : new HashSet<>(l.meta().prerequisites())) {
                if (here.containsKey(p) && !p.equals(l.id())) {
                    n++;
                    dependents.computeIfAbsent(p, k -> new ArrayList<>()).add(l);
                }
            }
            pending.put(l.id(), n);
        }
        PriorityQueue<Lesson> ready = new PriorityQueue<>(BY_ORDER);
        lessons.stream().filter(l -> pending.get(l.id()) == 0).forEach(ready::add);
        List<Lesson> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Lesson l = ready.poll();
            ordered.add(l);
            for (Lesson d : dependents.getOrDefault(l.id(), List.of())) {
                if (pending.merge(d.id(), -1, Integer::sum) == 0) ready.add(d);
            }
        }
        if (ordered.size() < lessons.size()) {
            List<Lesson> cycle = lessons.stream().filter(l -> !ordered.contains(l)).sorted(BY_ORDER).toList();
            String ids = String.join(", ", cycle.stream().map(Lesson::id).toList());
            for (Lesson l : cycle) {
                diagnostics.error(keyPos(l, "prerequisites"), "prerequisite cycle among lessons " + ids);
            }
            ordered.addAll(cycle);
        }
        return ordered;
    }

    /** The lesson's page name as a case-insensitive file system compares it. */
    private static String fileName(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    /** "content/a.md:2": where a lesson's id is written, for messages about another place. */
    private static String idAt(Lesson lesson) {
        return lesson.source().displayPath() + ":" + keyPos(lesson, "id").line();
    }

    /** Where the lesson's id value is written, after {@code id:}. */
    private static Pos idPos(Lesson lesson) {
        Pos key = keyPos(lesson, "id");
        String text = lesson.source().line(key.line());
        if (!text.startsWith("id:")) return key;
        int col = 3;
        while (col < text.length() && text.charAt(col) == ' ') col++;
        return col < text.length() ? lesson.source().pos(key.line(), col + 1) : key;
    }

    /** Where a front matter key is written, for messages about its value. */
    static Pos keyPos(Lesson lesson, String key) {
        var source = lesson.source();
        for (int line = 2; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (text.strip().equals("---")) break;
            if (text.startsWith(key + ":")) return source.pos(line, 1);
        }
        return source.pos(1, 1);
    }
}

package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.model.Lesson;
import courseware.model.LessonFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parse stage: the course file, each lesson source on its own, and the parsed lessons linked into a {@link Course}
 * (run in that order by {@code pipeline.Checking}, for a build and for any other caller).
 */
public final class ContentParser {
    private final Markdown markdown = new Markdown();
    private final Yaml yaml = new Yaml();

    /**
     * One lesson on its own. Every problem goes to {@code diagnostics}, a bug included (as an error
     * at the file), so one bad lesson never hides the problems of the others.
     */
    public ParsedLesson parseLesson(Source source, Diagnostics diagnostics) {
        try {
            return new LessonParser(markdown, yaml).parse(source, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.error(source.pos(1, 1), "this lesson is nested too deeply to read (lists, quotes or emphasis hundreds of levels deep)");
        } catch (RuntimeException e) {
            diagnostics.internalError(source.pos(1, 1), "reading this lesson", e);
        }
        return new ParsedLesson(Optional.empty(), new LessonFile(source, List.of(), List.of(), List.of(), List.of()), Optional.empty());
    }

    /** Links parsed lessons into a course: modules, order, prerequisites and next, and links between lessons' files. */
    public Course link(Source courseFile, CourseConfig config, List<ParsedLesson> parsed, Diagnostics diagnostics) {
        LessonLinkCheck.check(parsed, diagnostics);
        List<Lesson> lessons = new ArrayList<>();
        java.util.Set<String> unparsedIds = new java.util.TreeSet<>();
        for (ParsedLesson p : parsed) {
            p.lesson().ifPresent(lessons::add);
            if (p.lesson().isEmpty()) p.id().ifPresent(unparsedIds::add);
        }
        return new CourseLinker().link(config, i -> entryValue(courseFile, "planned", i, "id"), lessons, unparsedIds, diagnostics);
    }

    /** {@code course.yml}, validated; empty when it is unusable (its problems are in {@code diagnostics}). */
    public Optional<CourseConfig> readCourse(Source file, Diagnostics diagnostics) {
        Optional<CourseConfig> config = yaml.read(file.text(), CourseConfig.class, new Yaml.Origin(file, 1, 0), diagnostics);
        config.ifPresent(c -> {
            if (c.title() == null || c.title().isBlank()) diagnostics.error(file.pos(1, 1), "course.yml needs a 'title'");
            if (c.modules().isEmpty()) diagnostics.error(file.pos(1, 1), "course.yml needs at least one module under 'modules'");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < c.modules().size(); i++) {
                CourseConfig.ModuleInfo m = c.modules().get(i);
                if (m == null || m.id() == null || m.title() == null) {
                    diagnostics.error(entry(file, "modules", i), "module " + (i + 1) + " needs an 'id' and a 'title'");
                } else if (!seen.add(m.id())) {
                    diagnostics.error(entry(file, "modules", i), "module id '" + m.id() + "' is declared twice");
                }
            }
            for (int i = 0; i < c.planned().size(); i++) {
                CourseConfig.PlannedLesson p = c.planned().get(i);
                if (p == null || p.id() == null || p.title() == null) {
                    diagnostics.error(entry(file, "planned", i), "planned lesson " + (i + 1) + " needs an 'id' and a 'title'");
                } else if (!seen.add("lesson:" + p.id())) {
                    diagnostics.error(entry(file, "planned", i), "planned lesson '" + p.id() + "' is declared twice");
                } else {
                    String id = p.id();
                    int index = i;
                    LessonIds.problem(id).ifPresent(problem -> diagnostics.error(entryValue(file, "planned", index, "id"),
                            "planned lesson id '" + LessonIds.shown(id) + "' " + problem));
                }
            }
            CourseSettings.check(file, c, diagnostics);
        });
        return diagnostics.hasErrors() && config.isPresent() && !valid(config.get()) ? Optional.empty()
                : config.map(CourseSettings::normalized);
    }

    /** Where the i-th "- " entry of a top-level list is written, or the list's key, or 1:1. */
    private static courseware.diag.Pos entry(Source file, String list, int index) {
        int line = Yaml.keyLine(file.text(), list, 1);
        int seen = -1;
        for (int l = line + 1; l <= file.lineCount(); l++) {
            String text = file.line(l);
            if (!text.isBlank() && !Character.isWhitespace(text.charAt(0)) && !text.startsWith("-")) break;
            if (text.stripLeading().startsWith("- ") && ++seen == index) {
                return file.pos(l, text.indexOf('-') + 1);
            }
        }
        return file.pos(line, 1);
    }

    /** Where the value of {@code key} is written in the i-th entry of a top-level list, or the entry. */
    private static courseware.diag.Pos entryValue(Source file, String list, int index, String key) {
        courseware.diag.Pos entry = entry(file, list, index);
        java.util.regex.Pattern keyed = java.util.regex.Pattern.compile("^[\\s-]*" + java.util.regex.Pattern.quote(key) + "\\s*:[ \\t]*");
        for (int l = entry.line(); l <= file.lineCount(); l++) {
            String text = file.line(l);
            int indent = text.length() - text.stripLeading().length();
            if (l > entry.line() && !text.isBlank() && indent < entry.col()) break; // the next entry or key
            java.util.regex.Matcher m = keyed.matcher(text);
            if (m.find() && m.end() < text.length()) return file.pos(l, m.end() + 1);
        }
        return entry;
    }

    private static boolean valid(CourseConfig c) {
        return c.title() != null && !c.modules().isEmpty()
                && c.modules().stream().allMatch(m -> m != null && m.id() != null && m.title() != null)
                && c.planned().stream().allMatch(p -> p != null && p.id() != null && p.title() != null);
    }
}

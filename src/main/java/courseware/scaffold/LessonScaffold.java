package courseware.scaffold;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.model.CourseConfig;
import courseware.parse.ContentParser;
import courseware.parse.LessonIds;
import courseware.parse.ParsedLesson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a new lesson from the template in this package's resources: every part, a compute block,
 * a checked worked example, a choice and a numeric quiz question, a practice problem. It takes the
 * next order in its module and, when the id was planned in {@code course.yml}, takes it off the plan.
 */
public final class LessonScaffold {
    /** Why the lesson could not be written; the message is for the author, one line. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** What was written. */
    public record Written(Path lesson, boolean unplanned) {}

    private LessonScaffold() {}

    public static Written create(Path contentDir, String id, String title, String module) throws IOException, Refused {
        Optional<String> bad = LessonIds.problem(id);
        if (bad.isPresent()) throw new Refused("id '" + id + "' " + bad.get());
        if (title.isBlank()) throw new Refused("give the lesson a title");
        Diagnostics diagnostics = new Diagnostics();
        Content content = new ContentLoader().load(contentDir, diagnostics);
        ContentParser parser = new ContentParser();
        CourseConfig course = parser.readCourse(content.courseFile(), diagnostics)
                .orElseThrow(() -> new Refused(content.courseFile().displayPath() + " has problems; run check first"));
        String moduleId = module != null ? module : course.modules().get(0).id();
        if (course.modules().stream().noneMatch(m -> m.id().equals(moduleId))) {
            throw new Refused("no module '" + moduleId + "' in course.yml; modules are: "
                    + String.join(", ", course.modules().stream().map(CourseConfig.ModuleInfo::id).toList()));
        }
        int order = 1;
        for (Source source : content.lessons()) {
            ParsedLesson parsed = parser.parseLesson(source, new Diagnostics());
            Optional<String> existing = parsed.lesson().map(l -> l.id()).or(parsed::id);
            if (existing.isPresent() && existing.get().equalsIgnoreCase(id)) {
                throw new Refused("lesson id '" + existing.get() + "' is already used by " + source.displayPath());
            }
            if (parsed.lesson().isPresent()) {
                var meta = parsed.lesson().get().meta();
                if (moduleId.equals(meta.module()) && meta.order() != null) order = Math.max(order, meta.order() + 1);
            }
        }
        Path file = contentDir.resolve(id + "-" + slug(title) + ".md");
        if (Files.exists(file)) throw new Refused(file + " exists already; it is left as it is");

        String text = withSchemaIfThere(template(), contentDir).replace("@ID@", id).replace("@TITLE@", title.strip().replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("@MODULE@", moduleId).replace("@ORDER@", String.valueOf(order));
        boolean unplanned = course.planned().stream().anyMatch(p -> p.id().equals(id));
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        if (unplanned) Files.writeString(content.courseFile().path(), withoutPlanned(content.courseFile().text(), id), StandardCharsets.UTF_8);
        return new Written(file, unplanned);
    }

    /** course.yml without the planned entry of {@code id} (its "- id:" line and the lines indented under it). */
    static String withoutPlanned(String yaml, String id) {
        List<String> lines = yaml.lines().toList();
        StringBuilder out = new StringBuilder();
        boolean inPlanned = false;
        boolean skipping = false;
        int itemIndent = -1;
        Pattern entry = Pattern.compile("^(\\s*)-\\s+id:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*(#.*)?$");
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            if (!line.isBlank() && indent == 0) {
                inPlanned = line.startsWith("planned:");
                skipping = false;
            }
            Matcher m = entry.matcher(line);
            if (inPlanned && m.matches()) {
                skipping = true;
                itemIndent = m.group(1).length();
                continue;
            }
            if (skipping && !line.isBlank() && (indent > itemIndent && !line.stripLeading().startsWith("-"))) continue;
            skipping = false;
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * The template names the front-matter schema for editors at {@code ../docs/schema/}, where this repository keeps it;
     * a course that has no such file gets no such line (an editor would only complain that it is missing).
     */
    private static String withSchemaIfThere(String template, Path contentDir) {
        java.util.regex.Matcher m = Pattern.compile("(?m)^# yaml-language-server: \\$schema=(\\S+)\n").matcher(template);
        if (!m.find() || Files.isRegularFile(contentDir.resolve(m.group(1)))) return template;
        return template.substring(0, m.start()) + template.substring(m.end());
    }

    private static String template() throws IOException {
        try (InputStream in = LessonScaffold.class.getResourceAsStream("lesson.md")) {
            if (in == null) throw new IOException("the lesson template is missing from the courseware jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.length() > 40) s = s.substring(0, 40).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? "lesson" : s;
    }
}

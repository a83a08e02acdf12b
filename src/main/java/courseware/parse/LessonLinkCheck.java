package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.LessonFileLink;
import courseware.model.Markup;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;

/**
 * Every link from a lesson to another lesson's file ({@link LessonFileLink}) must name a lesson of this course: a
 * file the loader read, not merely some .md file on disk. Part of linking the course, which every run redoes, so a
 * lesson renamed while {@code serve} runs is reported in the lessons that still link to its old name.
 */
final class LessonLinkCheck {
    private LessonLinkCheck() {}

    static void check(List<ParsedLesson> lessons, Diagnostics diagnostics) {
        Set<Path> known = lessons.stream().map(p -> p.file().source().path().toAbsolutePath().normalize()).collect(Collectors.toSet());
        for (ParsedLesson lesson : lessons) {
            Source source = lesson.file().source();
            for (Markup markup : lesson.file().markups()) {
                if (!markup.html().contains(".md")) continue;
                Matcher m = LessonFileLink.HREF.matcher(markup.html());
                while (m.find()) {
                    String written = Parser.unescapeEntities(m.group(1), true);
                    boolean lessonOfCourse = LessonFileLink.of(written, m.group(2), source.path()).map(l -> known.contains(l.target())).orElse(false);
                    if (!lessonOfCourse) {
                        diagnostics.error(where(source, markup, written), "link to '" + written + "', which is not a lesson file of this"
                                + " course; link to another lesson by its .md file, as named in the content folder");
                    }
                }
            }
        }
    }

    /** Where the link target is written: its first occurrence from the fragment's start on, else the fragment's start. */
    private static courseware.diag.Pos where(Source source, Markup markup, String written) {
        if (markup.pos() == null) return source.pos(1, 1);
        int from = markup.pos().offset();
        int at = source.text().indexOf(written, Math.max(0, from));
        return at < 0 ? markup.pos() : source.pos(at);
    }
}

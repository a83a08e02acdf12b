package courseware.render;

import courseware.model.Course;
import courseware.model.Lesson;
import courseware.model.Markup;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Optional;
import courseware.model.LessonFileLink;
import org.jsoup.parser.Parser;

/**
 * A link from one lesson to another is written as a code host reads it, to the other lesson's Markdown file
 * ({@code [momentum](14-03-variants-of-gradient-descent.md#momentum)}); on the site it becomes a link to that
 * lesson's page ({@link LessonFileLink}). The parser has already refused one that names no lesson of the course.
 */
final class LessonLinks {
    private final Map<Path, String> idByFile = new HashMap<>();

    LessonLinks(Course course) {
        for (Lesson l : course.lessons()) idByFile.put(l.source().path().toAbsolutePath().normalize(), l.id());
    }

    /**
     * @param html   the fragment's HTML
     * @param from   the fragment, for the lesson file its links are relative to
     * @param toPage where lesson pages are seen from the page this HTML goes on: {@code ""} on a lesson page,
     *               {@code "lessons/"} on a page at the site's root
     */
    String rewrite(String html, Markup from, String toPage) {
        if (!html.contains(".md") || from.pos() == null) return html;
        Matcher m = LessonFileLink.HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> id = LessonFileLink.of(Parser.unescapeEntities(m.group(1), true), m.group(2), from.pos().source().path())
                    .flatMap(link -> Optional.ofNullable(idByFile.get(link.target())).map(i -> i + ".html" + link.anchor()));
            m.appendReplacement(out, Matcher.quoteReplacement(id.map(page -> "href=\"" + toPage + page + "\"").orElse(m.group(0))));
        }
        m.appendTail(out);
        return out.toString();
    }
}

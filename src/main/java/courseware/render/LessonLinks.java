package courseware.render;

import courseware.model.Course;
import courseware.model.Lesson;
import courseware.model.Markup;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link from one lesson to another is written as a code host reads it, to the other lesson's Markdown file
 * ({@code [momentum](14-03-variants-of-gradient-descent.md#momentum)}); on the site it becomes a link to that
 * lesson's page. The parser has already refused a link to a {@code .md} file that is not there.
 */
final class LessonLinks {
    /** A relative link to a .md file (no scheme, no query), with its anchor; the HTML is jsoup-cleaned, so always quoted. */
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#?:]+\\.md)(#[^\"]*)?\"");

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
        Path dir = from.pos().source().path().toAbsolutePath().normalize().getParent();
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = dir == null ? null : idByFile.get(dir.resolve(org.jsoup.parser.Parser.unescapeEntities(m.group(1), true)).normalize());
            String href = id == null ? m.group(0) : "href=\"" + toPage + id + ".html" + (m.group(2) == null ? "" : m.group(2)) + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(href));
        }
        m.appendTail(out);
        return out.toString();
    }
}

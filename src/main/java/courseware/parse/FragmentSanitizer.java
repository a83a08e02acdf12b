package courseware.parse;

import courseware.model.Markup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The second wall behind {@link LinkPolicy} and flexmark's escaping of raw HTML: every rendered
 * lesson fragment passes jsoup's Cleaner, which keeps only the elements and attributes Markdown
 * produces (plus the embed placeholder) and links with an allowed scheme. If a flexmark change or
 * an extension ever let markup through, it is removed here rather than shipped.
 */
final class FragmentSanitizer {
    /** Relative links are kept as written; the base only lets the Cleaner judge their scheme. */
    private static final String BASE = "https://lesson.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addTags("hr", "del", "s", Markup.EMBED_TAG)
            .addAttributes(Markup.EMBED_TAG, "i")
            .addAttributes("table", "class")
            .addAttributes("th", "align", "style")
            .addAttributes("td", "align", "style")
            .addAttributes("code", "class")
            .addAttributes("ol", "start")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    private FragmentSanitizer() {}

    static String clean(String html) {
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
    }
}

package courseware.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9) of every page, when course.yml says where the site is published. */
final class Sitemap {
    static final String PATH = "sitemap.xml";

    private Sitemap() {}

    /** No {@code lastmod}: the same input gives the same bytes. */
    static byte[] xml(String baseUrl, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(org.jsoup.nodes.Entities.escape(baseUrl + page)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.model.Course;
import courseware.model.Lesson;
import courseware.testing.CheckedContent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Navigation of the site built from the real {@code content/}: links and anchors, the glossary, search,
 * the previous/next chain, ids, print. Math is stood in by its TeX (KaTeX has its own tests; none of this
 * depends on it).
 */
class NavigationTest {
    private static Course course;
    private static SortedMap<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        CheckedContent content = CheckedContent.of(Path.of("content"));
        assertEquals(List.of(), content.diagnostics().sorted().stream().filter(x -> x.toString().contains("error")).toList());
        course = content.course();
        site = new SiteRenderer(Path.of("templates")).render(course, (s, c) -> "<m>" + s.tex().replace("<", "&lt;") + "</m>", content.checks());
        site.putAll(courseware.math.KatexAssets.files()); // as Build adds them
    }

    private static Document page(String path) {
        byte[] bytes = site.get(path);
        assertNotNull(bytes, path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    }

    private static List<String> pages() {
        return site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        int checked = 0;
        for (String path : pages()) {
            Document doc = page(path);
            for (Element el : doc.select("a[href], link[href], script[src]")) {
                String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                assertFalse(ref.startsWith("//") || ref.matches("^[a-z]+:.*") && !ref.startsWith("mailto:"),
                        path + " loads from another host: " + ref);
                if (ref.startsWith("mailto:")) continue;
                URI target = URI.create("https://site/" + path).resolve(ref);
                String file = target.getPath().substring(1);
                assertTrue(site.containsKey(file), path + " links to missing " + ref);
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    assertNotNull(page(file).getElementById(target.getFragment()), path + " links to missing anchor " + ref);
                }
                checked++;
            }
        }
        assertTrue(checked > 200, "links checked: " + checked);
    }

    @Test
    void noPageHasADuplicateId() {
        for (String path : pages()) {
            Set<String> seen = new HashSet<>();
            for (Element el : page(path).select("[id]")) assertTrue(seen.add(el.id()), path + " repeats id " + el.id());
        }
    }

    @Test
    void everyHeadingOfALessonIsLinkable() {
        for (Lesson l : course.lessons()) {
            Document doc = page(ViewBuilder.lessonPath(l.id()));
            for (Element h : doc.select("main h2, main h3, main h4")) {
                Element anchor = h.selectFirst("a.heading-anchor");
                assertNotNull(anchor, l.id() + ": heading without anchor: " + h.text());
                String id = anchor.attr("href").substring(1);
                Element target = doc.getElementById(id);
                assertNotNull(target, id);
                assertTrue(target == h || target.children().contains(h), l.id() + ": anchor of " + h.text() + " points elsewhere");
            }
        }
    }

    @Test
    void previousAndNextFollowTheCourseOrderAndTheCurrentLessonIsMarked() {
        List<Lesson> order = course.lessons();
        assertTrue(order.size() >= 2);
        for (int i = 0; i < order.size(); i++) {
            Document doc = page(ViewBuilder.lessonPath(order.get(i).id()));
            for (String where : List.of("top", "bottom")) {
                Element pager = doc.selectFirst("nav.pager-" + where);
                assertNotNull(pager, where);
                Element prev = pager.selectFirst(".pager-prev a");
                Element next = pager.selectFirst(".pager-next a");
                assertEquals(i == 0 ? null : "../lessons/" + order.get(i - 1).id() + ".html", prev == null ? null : prev.attr("href"));
                if (i + 1 < order.size()) assertEquals("../lessons/" + order.get(i + 1).id() + ".html", next.attr("href"));
                else assertTrue(next == null, "after the last written lesson only a planned one (no link) may follow");
            }
            List<Element> current = doc.select(".sidebar a[aria-current=page]");
            assertEquals(1, current.size());
            assertEquals(order.get(i).id() + ".html", current.get(0).attr("href").replace("../lessons/", ""));
        }
    }


    @Test
    void theGlossaryListsEveryKeyTermAlphabeticallyAndLinksToWhereItIsTaught() {
        Document g = page("glossary.html");
        List<String> names = g.select("dl.glossary > dt").eachText().stream().map(t -> t.replaceAll("#$", "")).toList();
        Set<String> expected = new java.util.TreeSet<>();
        course.lessons().forEach(l -> l.keyTerms().forEach(t -> expected.add(t.name().toLowerCase(java.util.Locale.ROOT))));
        assertEquals(List.copyOf(expected), names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
        for (Element dd : g.select("dl.glossary > dd")) {
            Element a = dd.selectFirst(".taught-in a");
            assertNotNull(a, dd.text());
            URI target = URI.create("https://site/glossary.html").resolve(a.attr("href"));
            Element dt = page(target.getPath().substring(1)).getElementById(target.getFragment());
            assertNotNull(dt, a.attr("href"));
            assertEquals("dt", dt.tagName());
        }
    }

    @Test
    void keyTermsInTheTextLinkToTheGlossaryButNotInsideHeadingsCodeOrMath() {
        Document doc = page("lessons/14-10.html");
        Element link = doc.selectFirst("#content a.term");
        assertNotNull(link, "a key term in the core content links to the glossary");
        assertTrue(link.attr("href").startsWith("../glossary.html#term-"));
        assertTrue(doc.select("h1 a.term, h2 a.term, h3 a.term, h4 a.term, code a.term, m a.term, a a.term").isEmpty());
    }

    @Test
    void termLinksAreConservative() {
        Set<String> ids = new HashSet<>();
        Reading.Processed p = Reading.process(
                "<h3>Gradient clipping</h3><p>Gradients and gradient <code>gradient</code> gradient.</p>"
                        + "<p>gradientwise <a href=\"x\">gradient</a></p><h3>Again</h3><p>A <em>gradient</em>.</p><h3>Again</h3>",
                ids, Map.of("gradient", "g.html#term-gradient"));
        assertEquals("<h3 id=\"gradient-clipping\">Gradient clipping" + anchor("gradient-clipping") + "</h3>"
                + "<p><a class=\"term\" href=\"g.html#term-gradient\">Gradients</a> and gradient <code>gradient</code> gradient.</p>"
                + "<p>gradientwise <a href=\"x\">gradient</a></p>"
                + "<h3 id=\"again\">Again" + anchor("again") + "</h3><p>A <em><a class=\"term\" href=\"g.html#term-gradient\">gradient</a></em>.</p>"
                + "<h3 id=\"again-2\">Again" + anchor("again-2") + "</h3>", p.html());
        assertEquals(List.of("gradient-clipping", "again", "again-2"), p.headings().stream().map(Reading.Heading::id).toList());
    }

    private static String anchor(String id) {
        return "<a class=\"heading-anchor\" href=\"#" + id + "\" aria-label=\"Link to this section\">#</a>";
    }

    @Test
    void theSearchIndexIsBuiltAndWrittenAsShardScriptsThatFindAKeyTermByLessonAndSection() throws Exception {
        JsonNode head = part(SearchIndex.DIR + "head.js", "window.CW_SEARCH_HEAD = ");
        assertEquals("[\"lesson\",\"section\",\"terms\",\"text\"]", head.get("options").get("fields").toString(),
                "the options the index was made with travel with it");
        int perShard = head.get("docsPerShard").asInt();
        Integer keyTerms = null;
        Integer heading = null;
        for (int doc = 0; doc < head.get("documentCount").asInt(); doc++) {
            String name = "d" + doc / perShard;
            JsonNode stored = part(SearchIndex.DIR + name + ".js", "(window.CW_SEARCH_PARTS = window.CW_SEARCH_PARTS || {})." + name + " = ")
                    .get(doc % perShard); // lesson, section, href
            String href = stored.get(2).asText();
            if (href.equals("lessons/14-10.html#key-terms")) {
                assertEquals("Stochastic and non-convex optimization", stored.get(0).asText());
                assertEquals("Key terms", stored.get(1).asText());
                keyTerms = doc;
            }
            if (href.equals("lessons/14-10.html#strict-saddles")) heading = doc;
        }
        assertNotNull(keyTerms, "the key terms of 14-10 are a section of their own");
        assertNotNull(heading, "a core-content heading is its own section");
        List<String> terms = new ArrayList<>();
        head.get("terms").forEach(t -> terms.add(t.asText()));
        int at = terms.indexOf("saddle");
        assertTrue(at >= 0, "the term is indexed, lower-cased");
        int shard = 0;
        while (shard + 1 < head.get("shardStarts").size() && head.get("shardStarts").get(shard + 1).asInt() <= at) shard++;
        JsonNode saddle = null;
        for (JsonNode entry : part(SearchIndex.DIR + "t" + shard + ".js", "(window.CW_SEARCH_PARTS = window.CW_SEARCH_PARTS || {}).t" + shard + " = "))
            if (entry.get(0).asText().equals("saddle")) saddle = entry.get(1);
        assertNotNull(saddle, "its postings are in the shard the head names");
        assertTrue(docs(saddle.get("2").asText()).contains(keyTerms), "found in the key-terms field (id 2) of that section: " + saddle);
        for (Map.Entry<String, byte[]> file : site.entrySet()) {
            if (file.getKey().startsWith(SearchIndex.DIR)) {
                assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains("\"text\":\""), "the running text is indexed, not shipped");
            }
        }
        assertFalse(site.containsKey(SearchIndex.PATH), "no single index: a first search loads the head and a few shards");
        assertTrue(site.containsKey("assets/vendor/minisearch-7.2.0.min.js"), "the search library ships with the site");
        String nav = new String(site.get("assets/nav.js"), StandardCharsets.UTF_8);
        assertTrue(nav.contains("assets/vendor/minisearch-7.2.0.min.js") && nav.contains("search/head.js")
                && nav.contains("MiniSearch.loadJS("), "the page loads the index; it does not build one");
        assertTrue(nav.length() < 60_000, "a lesson page's own script stays under budget: " + nav.length());
    }

    /** A search script's JSON. */
    private static JsonNode part(String path, String assignment) throws Exception {
        String js = new String(site.get(path), StandardCharsets.UTF_8);
        String prefix = assignment + "JSON.parse('";
        assertTrue(js.startsWith(prefix) && js.endsWith("');\n"), "a script, so it loads from file://: " + path);
        return new ObjectMapper().readTree(unquote(js.substring(prefix.length(), js.length() - "');\n".length())));
    }

    /** The documents of one field's compact postings (MiniSearchIndex.Postings.writeCompact). */
    private static List<Integer> docs(String compact) {
        List<Integer> numbers = new ArrayList<>();
        int v = 0;
        for (char c : compact.toCharArray()) {
            int last = MiniSearchIndex.LAST_DIGITS.indexOf(c);
            if (last >= 0) {
                numbers.add(v * 32 + last);
                v = 0;
            } else {
                v = v * 32 + MiniSearchIndex.MORE_DIGITS.indexOf(c);
            }
        }
        List<Integer> docs = new ArrayList<>();
        int doc = -1;
        for (int i = 0; i < numbers.size(); ) {
            int n = numbers.get(i++);
            doc += n / 4;
            docs.add(doc);
            if (n % 4 == 3) i++;
        }
        return docs;
    }

    /** The text of a single-quoted JavaScript string's body (the escapes the search script uses). */
    private static String unquote(String body) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                text.append(c);
            } else if (body.charAt(++i) == 'u') {
                text.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                text.append(body.charAt(i));
            }
        }
        return text.toString();
    }

    @Test
    void printHidesNavigationAndShowsEverySolutionLabelled() {
        String css = new String(site.get("assets/nav.css"), StandardCharsets.UTF_8);
        String print = css.substring(css.indexOf("@media print"));
        for (String hidden : List.of(".site-header", ".sidebar", ".site-search", ".toc", ".pager", ".breadcrumb", ".theme-toggle")) {
            assertTrue(print.substring(0, print.indexOf("display: none")).contains(hidden), hidden + " hidden in print");
        }
        assertTrue(print.contains("details::details-content { content-visibility: visible"), "closed details print open");
        String nav = new String(site.get("assets/nav.js"), StandardCharsets.UTF_8);
        assertTrue(nav.contains("beforeprint") && nav.contains("afterprint"));
        Document doc = page("lessons/14-10.html");
        for (Element d : doc.select("details.solution, details.answer-toggle")) {
            assertNotNull(d.selectFirst("> h4, > .answer > h4"), "a printed solution or answer carries its label");
            assertFalse(d.hasAttr("open"), "closed on screen: the learner tries first");
        }
        assertFalse(doc.select(".example details.solution").isEmpty());
        assertTrue(doc.select(".example > h4").isEmpty(), "no example solution outside its toggle");
    }

    @Test
    void theIndexListsModulesWithMinutesAndObjectivesPlannedLessonsAndThePrerequisiteGraph() {
        Document index = page("index.html");
        assertTrue(index.select(".lesson-list li").eachText().contains("14-10 Stochastic and non-convex optimization 75 min · 5 objectives"),
                index.select(".lesson-list li").eachText().toString());
        // The planned section and a planned node's markup are pinned by the basic fixture's golden index;
        // here the real course's plan, whatever it holds today, is listed in full.
        assertEquals(course.config().planned().stream().map(p -> p.id() + " " + p.title()).toList(), index.select("#planned li").eachText());
        Element svg = index.selectFirst("#prerequisites svg");
        assertNotNull(svg, "the graph is inline SVG");
        assertEquals(course.lessons().stream().mapToInt(l -> l.meta().prerequisites().size()).sum(), svg.select("path.edge").size());
        long required = course.config().planned().stream()
                .filter(p -> course.lessons().stream().anyMatch(l -> l.meta().prerequisites().contains(p.id()))).count();
        assertEquals(required, svg.select("g.node.planned").size(), "a planned lesson is drawn only when a lesson requires it");
        assertEquals("lessons/15-01.html", svg.select("a").last().attr("href"), "the module after optimization comes last");
        assertEquals(List.of("A title that is long enough", "to need two lines and then…"),
                PrerequisiteGraph.wrap("A title that is long enough to need two lines and then some more words"));
    }
}

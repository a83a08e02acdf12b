package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.model.Course;
import courseware.model.Lesson;
import courseware.testing.CheckedContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index the build writes is the one MiniSearch itself would make: the shipped
 * {@code minisearch-7.2.0.min.js}, run in GraalJS, indexes the same documents with {@code addAll}, and its
 * {@code toJSON} must equal ours value for value (terms in one order, since only the order of its internal
 * tree differs). Then the same queries, on the index it built and on ours loaded with {@code loadJS}, must
 * find the same sections with the same scores.
 */
class MiniSearchParityTest {
    private static final String JS = """
            (() => {
            const built = new MiniSearch(data.options);
            built.addAll(JSON.parse(docs));
            const loaded = MiniSearch.loadJS(data.index, data.options);
            const sorted = json => {
              json.index.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
              return JSON.stringify(json);
            };
            const hits = (engine, q) => engine.search(q).map(r => r.id + ":" + r.score).sort();
            return {
              theirs: sorted(built.toJSON()),
              ours: JSON.stringify(data.index),
              oursLoaded: sorted(loaded.toJSON()),
              search: q => JSON.stringify([hits(built, q), hits(loaded, q)])
            };
            })()
            """;

    private static Context js;

    @BeforeAll
    static void startMiniSearch() throws Exception {
        js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        js.eval("js", Files.readString(Path.of("templates/assets/vendor/minisearch-7.2.0.min.js")));
    }

    @AfterAll
    static void stop() {
        js.close();
    }

    /** Runs both sides on these documents; the result holds MiniSearch's index, ours, and a search function. */
    private static Value both(SearchIndex search) throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (SearchIndex.Doc d : search.docs()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", docs.size());
            doc.putAll(d.values());
            docs.add(doc);
        }
        String script = new String(search.script(), StandardCharsets.UTF_8);
        js.eval("js", script.replace("window.CW_SEARCH = ", "var data = ")); // the very bytes the page loads
        js.getBindings("js").putMember("docs", new ObjectMapper().writeValueAsString(docs));
        return js.eval("js", JS);
    }

    private static void assertSameIndex(Value r) {
        assertSameText(r.getMember("theirs").asString(), r.getMember("ours").asString());
        assertSameText(r.getMember("theirs").asString(), r.getMember("oursLoaded").asString());
    }

    /** Equal, or a failure that shows where they part (the whole text is hundreds of kilobytes). */
    private static void assertSameText(String theirs, String ours) {
        int i = 0;
        while (i < Math.min(theirs.length(), ours.length()) && theirs.charAt(i) == ours.charAt(i)) i++;
        if (i == theirs.length() && i == ours.length()) return;
        int from = Math.max(0, i - 120);
        assertEquals(theirs.substring(from, Math.min(theirs.length(), i + 120)),
                ours.substring(from, Math.min(ours.length(), i + 120)), "the indexes part at character " + i);
    }

    @Test
    void theRealCourseIndexesAsMiniSearchWouldAndSearchesAlike() throws Exception {
        CheckedContent content = CheckedContent.of(Path.of("content"));
        Course course = content.course();
        ViewBuilder views = new ViewBuilder(course, (s, c) -> "<m>" + s.tex() + "</m>", content.checks());
        SearchIndex search = new SearchIndex();
        for (Lesson lesson : course.lessons()) search.add(lesson, views);
        assertTrue(search.docs().size() > 100, "every section of every lesson: " + search.docs().size());

        Value r = both(search);
        assertSameIndex(r);
        for (String q : List.of("saddle", "strict saddle point", "momentum", "Adam", "learning rate", "warmup cosine",
                "gradient clipping", "Lipschitz", "float", "ulp", "convex", "Nesterov", "momentun", "schedu",
                "0.1 + 0.2", "η", "key terms", "x", "zzzz")) {
            assertSameHits(r.getMember("search").execute(q).asString(), q);
        }
    }

    @Test
    void awkwardTextTokenizesAsInJavaScriptAndSurvivesTheScriptsQuoting() throws Exception {
        SearchIndex search = new SearchIndex();
        String[] texts = {
            "", "(leading) and trailing.", "The the THE tHe", "non\u00A0breaking and\u2003em space, line\u2028separator",
            "dash\u2014em \u2013 en - hyphen-minus_underscore", "it\u2019s \u201Cquoted\u201D \u00ABguillemets\u00BB \u00BFqu\u00E9? \u00A1s\u00ED!",
            "a+b=c <x> |y| ~z $5 ^ `code` 1e-3 \u22122 \u03B2\u2081", "x\u00B7y \u2022 bullet \u2026 ellipsis",
            "\u039F\u0394\u039F\u03A3 \u03A3\u03AF\u03C3\u03C5\u03C6\u03BF\u03C2 \u03A3\u038A\u03A3\u03A5\u03A6\u039F\u03A3",
            "\u0130stanbul STRASSE \u1E9E", "\uD835\uDC65 \uD835\uDD3C \uD83D\uDE00 math letters and an emoji",
            "tab\tseparated\tstays and\nnew\r\nlines split", "\u68AF\u5EA6\u4E0B\u964D\u3002\u968F\u673A",
            "cafe\u0301 caf\u00E9", "soft\u00ADhyphen", "it's 'single' and a \\ back\\slash \\u0041 \\' \\n", "...", "  ", "x"
        };
        for (int i = 0; i < texts.length; i++) {
            search.docs().add(new SearchIndex.Doc("Lesson " + texts[(i + 1) % texts.length], texts[i],
                    "lessons/x.html#s" + i, i % 3 == 0 ? "" : texts[(i + 5) % texts.length], texts[texts.length - 1 - i]));
        }
        Value r = both(search);
        assertSameIndex(r);
        for (String q : List.of("the", "breaking", "hyphen", "qu\u00E9", "a+b=c", "\u03C3\u03AF\u03C3\u03C5\u03C6\u03BF\u03C2",
                "istanbul", "\uD835\uDC65", "tab", "\u68AF\u5EA6", "caf\u00E9")) {
            assertSameHits(r.getMember("search").execute(q).asString(), q);
        }
    }

    @Test
    void noDocumentsIsAnEmptyIndexMiniSearchLoads() throws Exception {
        assertSameIndex(both(new SearchIndex()));
    }

    /** The same sections found, with scores equal but for the order MiniSearch sums a fuzzy match's terms in. */
    private static void assertSameHits(String json, String query) throws Exception {
        List<?> both = new ObjectMapper().readValue(json, List.class);
        List<?> theirs = (List<?>) both.get(0);
        List<?> ours = (List<?>) both.get(1);
        assertEquals(theirs.size(), ours.size(), query);
        for (int i = 0; i < theirs.size(); i++) {
            String[] t = theirs.get(i).toString().split(":");
            String[] o = ours.get(i).toString().split(":");
            assertEquals(t[0], o[0], query);
            assertEquals(Double.parseDouble(t[1]), Double.parseDouble(o[1]), 1e-12 * Math.abs(Double.parseDouble(t[1])), query);
        }
    }
}

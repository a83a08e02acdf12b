package courseware.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.model.Course;
import courseware.model.Lesson;
import courseware.testing.CheckedContent;
import courseware.testing.ClonedCourse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded index the site ships finds what the whole index finds, with the same scores: the shipped MiniSearch and
 * {@code assets/search.js}, in GraalJS, search the whole index ({@link SearchIndex#script}, the site's index before it
 * was sharded) and, for the same query, the index {@code search.js} assembles from only the shards it says the query
 * needs; result ids, their order and their scores must agree, and so must the stored fields of the results a page
 * shows. On the real course and on a 100-lesson copy, with whole words, prefixes, typos, several words, rare and
 * common terms.
 */
class ShardedSearchParityTest {
    private static final List<String> QUERIES = List.of("saddle", "strict saddle point", "momentum", "Adam", "learning rate",
            "warmup cosine", "gradient clipping", "gradient", "gradients", "grad", "g", "s", "the", "the and of a", "Lipschitz",
            "lipsch", "float", "ulp", "convex", "convx", "Nesterov", "nesterv", "momentun", "gradeint descnet", "schedu",
            "0.1 + 0.2", "η", "key terms", "x", "zzzz", "stochastic non-convex optimization", "learning-rate warm up",
            "Overview", "Stochastic and non-convex optimization", "example", "problem 2", "bias correction", "sgd");

    private static final String JS = """
            (() => {
            const single = MiniSearch.loadJS(data.index, data.options);
            const head = window.CW_SEARCH_HEAD, parts = window.CW_SEARCH_PARTS;
            const hits = rs => rs.map(r => r.id + ":" + r.score);
            const all = head.shardStarts.map((s, k) => k);
            const whole = engine => {
              const json = engine.toJSON();
              json.storedFields = {};
              json.index.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
              return JSON.stringify(json);
            };
            return {
              search: q => {
                const needed = CWSearch.termShards(head, q);
                const sharded = MiniSearch.loadJS(CWSearch.assemble(head, parts, needed), head.options);
                const theirs = single.search(q), ours = sharded.search(q);
                const stored = ours.slice(0, 10).map(r => JSON.stringify(CWSearch.stored(head, parts, r.id))
                  === JSON.stringify(single.getStoredFields(r.id))).every(x => x);
                return JSON.stringify({theirs: hits(theirs), ours: hits(ours), needed: needed.map(k => "t" + k), stored});
              },
              single: whole(single),
              allShards: whole(MiniSearch.loadJS(CWSearch.assemble(head, parts, all), head.options))
            };
            })()
            """;

    @Test
    void theRealCourseSearchesAlikeFromItsShards() throws Exception {
        parity(Path.of("content"), 0.5);
    }

    @Test
    void aHundredLessonCourseSearchesAlikeFromItsShardsAndAQueryLoadsLittle(@TempDir Path dir) throws Exception {
        ClonedCourse.write(Path.of("content"), 100, dir);
        parity(dir, 0.5);
    }

    @Test
    void theShardsAreTheSameBytesEveryTime() throws Exception {
        SearchIndex one = search(Path.of("content")), two = search(Path.of("content"));
        SortedMap<String, byte[]> a = one.files(), b = two.files();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    private static SearchIndex search(Path content) throws Exception {
        CheckedContent checked = CheckedContent.of(content);
        Course course = checked.course();
        ViewBuilder views = new ViewBuilder(course, (s, c) -> "<m>" + s.tex() + "</m>", checked.checks());
        SearchIndex search = new SearchIndex();
        for (Lesson lesson : course.lessons()) search.add(lesson, views);
        return search;
    }

    /** Every query alike; a word's first search loads at most {@code share} of the index's bytes. */
    private static void parity(Path content, double share) throws Exception {
        SearchIndex search = search(content);
        SortedMap<String, byte[]> files = search.files();
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.eval("js", "var window = globalThis;");
            js.eval("js", Files.readString(Path.of("templates/assets/vendor/minisearch-7.2.0.min.js")));
            js.eval("js", Files.readString(Path.of("templates/assets/search.js")));
            js.eval("js", new String(search.script(), StandardCharsets.UTF_8).replace("window.CW_SEARCH = ", "var data = "));
            for (byte[] part : files.values()) js.eval("js", new String(part, StandardCharsets.UTF_8));
            Value r = js.eval("js", JS);
            assertEquals(r.getMember("single").asString(), r.getMember("allShards").asString(),
                    "the shards together hold the whole index, term for term and posting for posting");
            for (String q : QUERIES) {
                Map<?, ?> got = new ObjectMapper().readValue(r.getMember("search").execute(q).asString(), Map.class);
                List<?> theirs = (List<?>) got.get("theirs"), ours = (List<?>) got.get("ours");
                assertEquals(theirs.size(), ours.size(), q);
                for (int i = 0; i < theirs.size(); i++) {
                    String[] t = theirs.get(i).toString().split(":"), o = ours.get(i).toString().split(":");
                    assertEquals(t[0], o[0], q + ": result " + i);
                    double score = Double.parseDouble(t[1]);
                    assertEquals(score, Double.parseDouble(o[1]), 1e-12 * Math.abs(score), q + ": score of result " + i);
                }
                assertEquals(Boolean.TRUE, got.get("stored"), q + ": the results shown name their lesson and section");
                if (q.matches("[a-z]{4,}")) { // a word typed out: the head and its shards, not the whole index
                    long loaded = files.get(SearchIndex.DIR + "head.js").length;
                    for (Object name : (List<?>) got.get("needed")) loaded += files.get(SearchIndex.DIR + name + ".js").length;
                    assertTrue(loaded <= share * total, q + " loads " + loaded + " of " + total + " bytes");
                }
            }
        }
    }
}

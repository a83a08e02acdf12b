package courseware.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import courseware.model.KeyTerm;
import courseware.model.Lesson;
import courseware.model.Markup;
import courseware.model.PracticeProblem;
import courseware.model.QuizQuestion;
import courseware.model.WorkedExample;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search documents, one per section of each lesson (a core-content heading, an example, a
 * problem, or a fixed section), indexed at build time and written as a script that assigns
 * {@code window.CW_SEARCH}: a script loads from {@code file://} where a fetch of JSON would not. The
 * browser loads the index into MiniSearch (shipped in {@code assets/vendor}) on first use of the search box.
 */
final class SearchIndex {
    /** The whole index in one script: what the site shipped before the index was sharded; tests compare against it. */
    static final String PATH = "search-index.js";
    /** The sharded index the site ships: {@code head.js}, term shards {@code t<k>.js}, stored-field shards {@code d<k>.js}. */
    static final String DIR = "search/";
    /** A term shard is closed once its postings reach this many characters (a frequent term is a shard of its own). */
    static final int SHARD_CHARS = 12_000;
    /** Documents per shard of stored fields: a page shows ten results, so it loads at most ten such shards. */
    static final int DOCS_PER_SHARD = 64;

    /** Searched: a match in any of these finds the section. */
    static final List<String> FIELDS = List.of("lesson", "section", "terms", "text");
    /** Kept with each result, to name and link it. */
    static final List<String> STORED_FIELDS = List.of("lesson", "section", "href");

    /** {@code href} is relative to the site root. */
    record Doc(String lesson, String section, String href, String terms, String text) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** The fields by name, as MiniSearch reads a document. */
        Map<String, String> values() {
            return Map.of("lesson", lesson, "section", section, "href", href, "terms", terms, "text", text);
        }
    }

    private final List<Doc> docs = new ArrayList<>();

    /** Empty; lessons are added one by one with {@link #add}, in course order, as their pages are made. */
    SearchIndex() {}

    List<Doc> docs() { return docs; }

    void add(Lesson l, ViewBuilder views) {
        add(docs(l, views));
    }

    /** Documents made earlier (by {@link #docs}, maybe in another build), in the lesson's order. */
    void add(List<Doc> lessonDocs) {
        docs.addAll(lessonDocs);
    }

    /** One lesson's documents: its overview, each section of its core content, each example and problem, and so on. */
    static List<Doc> docs(Lesson l, ViewBuilder views) {
        List<Doc> docs = new ArrayList<>();
        String page = ViewBuilder.lessonPath(l.id());
        doc(docs, l, page, "lesson-" + l.id(), "Overview", "", text(views, Stream.concat(Stream.of(l.intro()), l.objectives().stream())));
        // The core content, cut at its headings: text before the first heading belongs to "Core content".
        // With the page's root, this is the processing its page just did, so ViewBuilder hands it over again.
        Reading.Processed content = views.searchContent(l, "../");
        List<String> parts = splitAtHeadings(content.html(), content.headings());
        doc(docs, l, page, "content", "Core content", "", Reading.text(parts.get(0)));
        for (int i = 0; i < content.headings().size(); i++) {
            Reading.Heading h = content.headings().get(i);
            doc(docs, l, page, h.id(), h.title(), "", Reading.text(parts.get(i + 1)));
        }
        for (int i = 0; i < l.examples().size(); i++) {
            WorkedExample e = l.examples().get(i);
            doc(docs, l, page, "example-" + (i + 1), "Example: " + text(views, Stream.of(e.title())), "",
                    text(views, Stream.of(e.statement(), e.solution(), e.answer())));
        }
        if (!l.quiz().isEmpty()) {
            doc(docs, l, page, "quiz", "Quiz", "", text(views, l.quiz().stream().map(QuizQuestion::prompt)));
        }
        for (int i = 0; i < l.practice().size(); i++) {
            PracticeProblem p = l.practice().get(i);
            doc(docs, l, page, "problem-" + (i + 1), "Problem: " + text(views, Stream.of(p.title())), "",
                    text(views, Stream.of(p.statement(), p.solution(), p.answer())));
        }
        if (!l.keyTerms().isEmpty()) {
            doc(docs, l, page, "key-terms", "Key terms", l.keyTerms().stream().map(KeyTerm::name).collect(Collectors.joining(" · ")),
                    text(views, l.keyTerms().stream().map(KeyTerm::definition)));
        }
        if (!l.pitfalls().isEmpty()) doc(docs, l, page, "pitfalls", "Pitfalls", "", text(views, l.pitfalls().stream()));
        if (!l.summary().isEmpty()) doc(docs, l, page, "summary", "Summary", "", text(views, l.summary().stream()));
        return docs;
    }

    private static void doc(List<Doc> docs, Lesson l, String page, String anchor, String section, String terms, String text) {
        docs.add(new Doc(l.meta().title(), section, page + "#" + anchor, terms, text));
    }

    private static String text(ViewBuilder views, Stream<Markup> markups) {
        return markups.map(m -> Reading.text(views.searchHtml(m))).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The fragment before its first heading, then from each heading to the next. */
    private static List<String> splitAtHeadings(String html, List<Reading.Heading> headings) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (Reading.Heading h : headings) {
            int at = html.lastIndexOf("<h", html.indexOf(" id=\"" + h.id() + "\"", from));
            parts.add(html.substring(from, at));
            from = at;
        }
        parts.add(html.substring(from));
        return parts;
    }

    /**
     * The script: {@code window.CW_SEARCH = {options, index}}, the index already built (see {@link MiniSearchIndex})
     * and the options the page hands to {@code MiniSearch.loadJS} with it, so the fields that shape the index and
     * the boosts that rank it are written down once, here. Fields in a fixed order, so the bytes are stable.
     * The object is given as JSON text to {@code JSON.parse}: browsers read that several times faster than the
     * same object as a literal (measured in Node: 0.9 s against 1.5–2.7 s for a 1,000-lesson course).
     */
    byte[] script() {
        MiniSearchIndex index = index();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            writeOptions(g);
            g.writeFieldName("index");
            index.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script("window.CW_SEARCH = ", out.toString());
    }

    private MiniSearchIndex index() {
        MiniSearchIndex index = new MiniSearchIndex(FIELDS, STORED_FIELDS);
        for (Doc d : docs) index.add(d.values());
        return index;
    }

    /**
     * The same index cut into scripts the page loads on demand (paths under {@link #DIR}, in order), so a first search
     * loads a small part of it. Cut by term, never by document, so every score stays what the whole index gives:
     * <ul>
     * <li>{@code head.js} ({@code window.CW_SEARCH_HEAD}): the options, the corpus-wide figures BM25 reads (document
     * count, average field lengths, each document's field lengths) and every term in order with the index of the
     * first term of each term shard ({@code shardStarts});
     * <li>{@code t<k>.js}: the full postings of a run of consecutive terms, {@code [[term, {fieldId: compact}], …]}
     * (see {@code Postings.writeCompact}); a prefix reaches consecutive terms, so few shards;
     * <li>{@code d<k>.js}: the stored fields of documents {@code k·64} to {@code k·64+63}, loaded for the results shown.
     * </ul>
     * Parts are assigned to {@code window.CW_SEARCH_PARTS["t3"]} and so on. {@code assets/search.js} finds the terms a
     * query can reach (itself, its prefix completions, its fuzzy neighbours), loads their shards and assembles from
     * them a MiniSearch index holding those terms' postings and the head's figures, for {@code MiniSearch.loadJS}.
     */
    SortedMap<String, byte[]> files() {
        MiniSearchIndex index = index();
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            List<String> terms = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            StringWriter shard = new StringWriter();
            JsonGenerator g = null;
            for (Map.Entry<String, MiniSearchIndex.Postings> term : index.terms().entrySet()) {
                if (g == null) {
                    starts.add(terms.size());
                    shard = new StringWriter();
                    g = new JsonFactory().createGenerator(shard);
                    g.writeStartArray();
                }
                terms.add(term.getKey());
                g.writeStartArray();
                g.writeString(term.getKey());
                term.getValue().writeCompact(g);
                g.writeEndArray();
                g.flush();
                if (shard.getBuffer().length() >= SHARD_CHARS) {
                    g.writeEndArray();
                    g.close();
                    files.put(DIR + "t" + (starts.size() - 1) + ".js", part("t" + (starts.size() - 1), shard.toString()));
                    g = null;
                }
            }
            if (g != null) {
                g.writeEndArray();
                g.close();
                files.put(DIR + "t" + (starts.size() - 1) + ".js", part("t" + (starts.size() - 1), shard.toString()));
            }
            int n = index.documentCount();
            for (int from = 0; from < n; from += DOCS_PER_SHARD) {
                StringWriter out = new StringWriter();
                try (JsonGenerator d = new JsonFactory().createGenerator(out)) {
                    d.writeStartArray();
                    for (int i = from; i < Math.min(n, from + DOCS_PER_SHARD); i++) writeStrings(d, index.stored(i));
                    d.writeEndArray();
                }
                String name = "d" + from / DOCS_PER_SHARD;
                files.put(DIR + name + ".js", part(name, out.toString()));
            }
            StringWriter out = new StringWriter();
            try (JsonGenerator h = new JsonFactory().createGenerator(out)) {
                h.writeStartObject();
                writeOptions(h);
                index.writeHeadFields(h);
                writeStrings(h, "terms", terms);
                h.writeArrayFieldStart("shardStarts");
                for (int s : starts) h.writeNumber(s);
                h.writeEndArray();
                h.writeNumberField("docsPerShard", DOCS_PER_SHARD);
                h.writeEndObject();
            }
            files.put(DIR + "head.js", script("window.CW_SEARCH_HEAD = ", out.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] part(String name, String json) {
        return script("(window.CW_SEARCH_PARTS = window.CW_SEARCH_PARTS || {})." + name + " = ", json);
    }

    /** The options the page hands to {@code MiniSearch.loadJS}, as field {@code options} of the object {@code g} is in. */
    private static void writeOptions(JsonGenerator g) throws IOException {
        {
            g.writeObjectFieldStart("options");
            writeStrings(g, "fields", FIELDS);
            writeStrings(g, "storeFields", STORED_FIELDS);
            g.writeObjectFieldStart("searchOptions");
            g.writeObjectFieldStart("boost"); // a match in a title or key term outranks one in the running text
            g.writeNumberField("section", 3);
            g.writeNumberField("terms", 3);
            g.writeNumberField("lesson", 2);
            g.writeEndObject();
            g.writeBooleanField("prefix", true); // results while the learner is still typing a word
            g.writeNumberField("fuzzy", 0.2); // and despite a typo
            g.writeStringField("combineWith", "AND");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /**
     * {@code window.CW_SEARCH = JSON.parse('…');} with the JSON as the body of a single-quoted string, in one pass
     * (the text runs to tens of megabytes for a large course). JSON text has no raw line breaks (its strings escape
     * them) but may hold U+2028 and U+2029, which older browsers do not take inside a string literal.
     */
    private static byte[] script(String assignment, String json) {
        StringBuilder js = new StringBuilder(json.length() + json.length() / 16 + 40).append(assignment).append("JSON.parse('");
        int plain = 0; // start of the run of characters that need no escape
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' || c == '\'' || c == '\u2028' || c == '\u2029') {
                js.append(json, plain, i).append('\\').append(c == '\u2028' ? "u2028" : c == '\u2029' ? "u2029" : String.valueOf(c));
                plain = i + 1;
            }
        }
        return js.append(json, plain, json.length()).append("');\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        writeStrings(g, values);
    }

    private static void writeStrings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}

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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search documents, one per section of each lesson (a core-content heading, an example, a
 * problem, or a fixed section), indexed at build time and written as a script that assigns
 * {@code window.CW_SEARCH}: a script loads from {@code file://} where a fetch of JSON would not. The
 * browser loads the index into MiniSearch (shipped in {@code assets/vendor}) on first use of the search box.
 */
final class SearchIndex {
    static final String PATH = "search-index.js";

    /** Searched: a match in any of these finds the section. */
    static final List<String> FIELDS = List.of("lesson", "section", "terms", "text");
    /** Kept with each result, to name and link it. */
    static final List<String> STORED_FIELDS = List.of("lesson", "section", "href");

    /** {@code href} is relative to the site root. */
    record Doc(String lesson, String section, String href, String terms, String text) {
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
        String page = ViewBuilder.lessonPath(l.id());
        String title = l.meta().title();
        doc(l, page, "lesson-" + l.id(), "Overview", "", text(views, Stream.concat(Stream.of(l.intro()), l.objectives().stream())));
        // The core content, cut at its headings: text before the first heading belongs to "Core content".
        // With the page's root, this is the processing its page just did, so ViewBuilder hands it over again.
        Reading.Processed content = views.content(l, "../");
        List<String> parts = splitAtHeadings(content.html(), content.headings());
        doc(l, page, "content", "Core content", "", Reading.text(parts.get(0)));
        for (int i = 0; i < content.headings().size(); i++) {
            Reading.Heading h = content.headings().get(i);
            doc(l, page, h.id(), h.title(), "", Reading.text(parts.get(i + 1)));
        }
        for (int i = 0; i < l.examples().size(); i++) {
            WorkedExample e = l.examples().get(i);
            doc(l, page, "example-" + (i + 1), "Example: " + text(views, Stream.of(e.title())), "",
                    text(views, Stream.of(e.statement(), e.solution(), e.answer())));
        }
        if (!l.quiz().isEmpty()) {
            doc(l, page, "quiz", "Quiz", "", text(views, l.quiz().stream().map(QuizQuestion::prompt)));
        }
        for (int i = 0; i < l.practice().size(); i++) {
            PracticeProblem p = l.practice().get(i);
            doc(l, page, "problem-" + (i + 1), "Problem: " + text(views, Stream.of(p.title())), "",
                    text(views, Stream.of(p.statement(), p.solution(), p.answer())));
        }
        if (!l.keyTerms().isEmpty()) {
            doc(l, page, "key-terms", "Key terms", l.keyTerms().stream().map(KeyTerm::name).collect(Collectors.joining(" · ")),
                    text(views, l.keyTerms().stream().map(KeyTerm::definition)));
        }
        if (!l.pitfalls().isEmpty()) doc(l, page, "pitfalls", "Pitfalls", "", text(views, l.pitfalls().stream()));
        if (!l.summary().isEmpty()) doc(l, page, "summary", "Summary", "", text(views, l.summary().stream()));
    }

    private void doc(Lesson l, String page, String anchor, String section, String terms, String text) {
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
        MiniSearchIndex index = new MiniSearchIndex(FIELDS, STORED_FIELDS);
        for (Doc d : docs) index.add(d.values());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
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
            g.writeFieldName("index");
            index.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script(out.toString());
    }

    /**
     * {@code window.CW_SEARCH = JSON.parse('…');} with the JSON as the body of a single-quoted string, in one pass
     * (the text runs to tens of megabytes for a large course). JSON text has no raw line breaks (its strings escape
     * them) but may hold U+2028 and U+2029, which older browsers do not take inside a string literal.
     */
    private static byte[] script(String json) {
        StringBuilder js = new StringBuilder(json.length() + json.length() / 16 + 40).append("window.CW_SEARCH = JSON.parse('");
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
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}

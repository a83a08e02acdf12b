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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search documents, one per section of each lesson (a core-content heading, an example, a
 * problem, or a fixed section), written as a script that assigns {@code window.CW_SEARCH}: a script
 * loads from {@code file://} where a fetch of JSON would not. The browser indexes them with
 * MiniSearch (shipped in {@code assets/vendor}) on first use of the search box.
 */
final class SearchIndex {
    static final String PATH = "search-index.js";

    /** {@code href} is relative to the site root. */
    record Doc(String lesson, String section, String href, String terms, String text) {}

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

    /** The script: {@code window.CW_SEARCH = [...]} with fields in a fixed order, so the bytes are stable. */
    byte[] script() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                g.writeStartObject();
                g.writeNumberField("id", i);
                g.writeStringField("lesson", d.lesson());
                g.writeStringField("section", d.section());
                g.writeStringField("href", d.href());
                g.writeStringField("terms", d.terms());
                g.writeStringField("text", d.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("window.CW_SEARCH = " + out + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}

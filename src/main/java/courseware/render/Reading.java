package courseware.render;

import courseware.model.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reading aids applied to a finished HTML fragment with jsoup: ids and anchor links on headings,
 * links from key terms to the glossary, and plain text for the search index. All of it walks the
 * fragment in document order, so the output is a pure function of the input.
 */
final class Reading {
    /**
     * Text inside these is never linked: math (KaTeX, or the tests' stand-in), code, links, headings,
     * marks, and figures (an SVG is one image to assistive technology: a link inside it nests controls).
     */
    private static final String NO_LINKS = "a, code, pre, .katex, m, h1, h2, h3, h4, h5, h6, .check, " + Markup.EMBED_TAG + ", svg, figure";

    private Reading() {}

    record Heading(String id, String title, int level) {}

    /** A fragment's HTML after processing, and the headings found in it (document order). */
    record Processed(String html, List<Heading> headings) {}

    /**
     * Gives every h2–h4 of the fragment a stable id (its text's slug, made unique against {@code ids},
     * which collects the page's ids) and a visible anchor link; links the first whole-word occurrence
     * of each key term per section (a section ends at the next heading) to {@code terms}' href.
     */
    static Processed process(String html, Set<String> ids, Map<String, String> terms) {
        return process(html, ids, terms, UnaryOperator.identity());
    }

    /**
     * The same for a fragment that still holds embed placeholders ({@code cw-embed}, never linked into);
     * {@code embeds} swaps them in a part of it. A heading's title is its text with them in: the math in it reads
     * as it did when the whole fragment was parsed with its math in.
     */
    static Processed process(String html, Set<String> ids, Map<String, String> terms, UnaryOperator<String> embeds) {
        Document doc = fragment(html);
        List<Heading> headings = new ArrayList<>();
        List<Element> blocks = new ArrayList<>(doc.body().children());
        Set<String> linked = new java.util.HashSet<>();
        Map<String, Pattern> patterns = new java.util.HashMap<>(); // each term's compiled once per fragment
        for (Element block : blocks) {
            if (block.nameIs("h2") || block.nameIs("h3") || block.nameIs("h4")) {
                String title = block.getElementsByTag(Markup.EMBED_TAG).isEmpty() ? block.text()
                        : fragment(embeds.apply(block.outerHtml())).body().text();
                String id = unique(ViewBuilder.slug(title), ids);
                block.attr("id", id);
                block.appendChild(anchor(id));
                headings.add(new Heading(id, title, Integer.parseInt(block.normalName().substring(1))));
                linked.clear();
                continue;
            }
            if (!terms.isEmpty()) linkTerms(block, terms, linked, patterns);
        }
        return new Processed(doc.body().html(), headings);
    }

    /** The link a heading carries to itself, for copying its address. */
    static Element anchor(String id) {
        Element a = new Element("a").addClass("heading-anchor").attr("href", "#" + id)
                .attr("aria-label", "Link to this section");
        a.text("#");
        return a;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever is not yet in {@code ids}; recorded there. */
    static String unique(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** Links, inside {@code root}, the first occurrence of each term (by name, lower case) not yet in {@code linked}. */
    private static void linkTerms(Element root, Map<String, String> terms, Set<String> linked, Map<String, Pattern> patterns) {
        List<TextNode> texts = new ArrayList<>();
        collectTexts(root, texts);
        if (texts.isEmpty()) return;
        Map<String, String> foldedTerms = new java.util.HashMap<>();
        for (TextNode text : texts) {
            String folded = fold(text.getWholeText());
            for (Map.Entry<String, String> term : terms.entrySet()) {
                if (linked.contains(term.getKey()) || text.parent() == null) continue;
                // Most texts hold none of the terms: a plain search of the case-folded text rules a term out at a
                // fraction of the pattern's cost (the two fold case alike, so no match is ruled out).
                if (!folded.contains(foldedTerms.computeIfAbsent(term.getKey(), Reading::fold))) continue;
                Matcher m = patterns.computeIfAbsent(term.getKey(), Reading::wordPattern).matcher(text.getWholeText());
                if (!m.find()) continue;
                String whole = text.getWholeText();
                TextNode after = new TextNode(whole.substring(m.end()));
                Element a = new Element("a").addClass("term").attr("href", term.getValue());
                a.text(whole.substring(m.start(), m.end()));
                text.text(whole.substring(0, m.start()));
                text.after(after);
                text.after(a);
                linked.add(term.getKey());
                text = after; // keep looking for other terms in the rest of this text
            }
        }
    }

    private static void collectTexts(Element el, List<TextNode> out) {
        if (el.is(NO_LINKS)) return;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) out.add(t);
            else if (child instanceof Element e) collectTexts(e, out);
        }
    }

    /** Each character case-folded as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares them. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }

    /** Whole words, any case, an optional plural "s". */
    static Pattern wordPattern(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "s?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The fragment's words for the search index: math, checked-value details and anchors left out. */
    static String text(String html) {
        Document doc = fragment(html);
        doc.select(".katex, m, .check-detail, .heading-anchor").remove();
        return doc.body().text();
    }

    static String key(String name) { return name.toLowerCase(Locale.ROOT); }

    private static Document fragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }
}

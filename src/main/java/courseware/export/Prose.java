package courseware.export;

import courseware.render.Typesetter;
import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.pipeline.SubstitutedTex;
import courseware.diag.Diagnostics;
import courseware.model.Embed;
import courseware.model.Markup;
import courseware.model.MathSpan;
import courseware.model.ValueRef;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A lesson fragment as an export writes it: for QTI, XHTML elements through an XML writer with math as KaTeX's
 * MathML; for Moodle, the sanitized HTML with math as {@code \( \)} / {@code \[ \]} TeX for its MathJax filter.
 * Values are written as the page shows them. An element QTI's content model lacks is refused at the fragment.
 */
final class Prose {
    static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    /** XHTML elements QTI 2.1's item body holds (its XHTML subset) and the fragments use. */
    private static final Set<String> QTI_ELEMENTS = Set.of("p", "em", "strong", "code", "pre", "ul", "ol", "li", "a", "blockquote",
            "table", "thead", "tbody", "tr", "th", "td", "br", "h1", "h2", "h3", "h4", "h5", "h6", "sub", "sup", "span", "div",
            "kbd", "var", "samp", "q", "cite", "abbr", "dfn", "hr", "dl", "dt", "dd", "caption", "b", "i", "small", "big", "tt");

    private final CheckResults checks;
    private final Typesetter typeset;

    Prose(CheckResults checks, Typesetter typeset) {
        this.checks = checks;
        this.typeset = typeset;
    }

    /** The text a value shows on the page. */
    private String value(ValueRef ref) {
        return checks.get(ref).map(Checked::display).orElse(ref.expression());
    }

    /** The TeX with its values written in, as KaTeX typeset it. */
    String tex(MathSpan span) {
        return SubstitutedTex.of(span, checks).tex();
    }

    // ---- Moodle ----

    /** HTML with math as MathJax-delimited TeX (HTML-escaped) and values as text. */
    String moodleHtml(Markup markup) {
        Matcher m = Markup.PLACEHOLDER.matcher(markup.html());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Embed e = markup.embeds().get(Integer.parseInt(m.group(1)));
            String html = e instanceof MathSpan span
                    ? escape(span.display() ? "\\[" + tex(span) + "\\]" : "\\(" + tex(span) + "\\)")
                    : e instanceof ValueRef ref ? escape(value(ref)) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(html));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- QTI ----

    /** Writes the fragment as XHTML in the writer's current (QTI) namespace; false (and an error) when it cannot. */
    boolean writeQti(XMLStreamWriter w, Markup markup, Diagnostics diagnostics) throws XMLStreamException {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(markup.html());
        for (Element e : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (e == doc.body() || tag.equals(Markup.EMBED_TAG) || QTI_ELEMENTS.contains(tag)) continue;
            diagnostics.error(markup.pos(), ExportFormat.QTI.title() + " export: the element <" + tag + "> has no place in QTI's"
                    + " XHTML content; write this text without it");
            return false;
        }
        for (Node n : doc.body().childNodes()) node(w, n, markup);
        return true;
    }

    private void node(XMLStreamWriter w, Node n, Markup markup) throws XMLStreamException {
        if (n instanceof TextNode t) {
            w.writeCharacters(t.getWholeText());
        } else if (n instanceof Element e) {
            if (e.normalName().equals(Markup.EMBED_TAG)) {
                Embed embed = markup.embeds().get(Integer.parseInt(e.attr("i")));
                if (embed instanceof MathSpan span) mathml(w, span);
                else if (embed instanceof ValueRef ref) w.writeCharacters(value(ref));
                return;
            }
            w.writeStartElement(e.normalName());
            if (e.normalName().equals("a") && e.hasAttr("href")) w.writeAttribute("href", e.attr("href"));
            for (Node c : e.childNodes()) node(w, c, markup);
            w.writeEndElement();
        }
    }

    /** KaTeX's MathML for the span (its {@code <math>} element), in the MathML namespace. */
    private void mathml(XMLStreamWriter w, MathSpan span) throws XMLStreamException {
        String html = typeset.html(span, checks);
        int start = html.indexOf("<math");
        int end = html.indexOf("</math>");
        if (start < 0 || end < 0) {
            w.writeCharacters(tex(span)); // not typeset (cannot happen after a passing check): the TeX, never nothing
            return;
        }
        org.jsoup.nodes.Document math = Jsoup.parse(html.substring(start, end + 7), "", Parser.xmlParser());
        Element root = math.child(0);
        w.writeStartElement("math");
        w.writeDefaultNamespace(MATHML);
        if (span.display()) w.writeAttribute("display", "block");
        for (Node c : root.childNodes()) mathNode(w, c);
        w.writeEndElement();
    }

    private static void mathNode(XMLStreamWriter w, Node n) throws XMLStreamException {
        if (n instanceof TextNode t) {
            w.writeCharacters(t.getWholeText());
        } else if (n instanceof Element e) {
            w.writeStartElement(e.tagName());
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (!a.getKey().equals("xmlns")) w.writeAttribute(a.getKey(), a.getValue());
            }
            List<Element> kids = e.children();
            // Scripts KaTeX leaves ungrouped were regrouped when typeset (courseware.math's MathmlRepair).
            if (e.tagName().equals("semantics") && !kids.isEmpty() && !kids.get(0).tagName().startsWith("annotation")) {
                // MathML 2: one presentation child, then annotations.
                List<Element> shown = kids.stream().filter(k -> !k.tagName().startsWith("annotation")).toList();
                if (shown.size() > 1) {
                    w.writeStartElement("mrow");
                    for (Element k : shown) mathNode(w, k);
                    w.writeEndElement();
                } else mathNode(w, shown.get(0));
                for (Element k : kids) if (k.tagName().startsWith("annotation")) mathNode(w, k);
            } else {
                for (Node c : e.childNodes()) mathNode(w, c);
            }
            w.writeEndElement();
        }
    }
}

package courseware.math;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * KaTeX's MathML (the part screen readers read) made valid, as the W3C checker and MathML define it, before it is
 * cached. Two known defects of KaTeX 0.18's output: an operator name in a script ({@code \lambda_{\max}}) leaves the
 * script's argument ungrouped, so {@code <msub>} gets a third child (the name's {@code <mo>&#x2061;</mo>}); and a tagged
 * display equation gives {@code <mtd>} a {@code width}, which MathML has no such attribute for. The first is regrouped
 * (the arguments past the last one become one {@code <mrow>}, which reads the same), the second dropped (KaTeX's HTML
 * part does the layout). Markup that needs neither is returned as it came, byte for byte.
 */
final class MathmlRepair {
    /** How many arguments the MathML elements with a fixed number of them take. */
    private static final Map<String, Integer> ARITY = Map.of("msub", 2, "msup", 2, "mfrac", 2, "mroot", 2, "munder", 2,
            "mover", 2, "msubsup", 3, "munderover", 3);

    /** Part of the math cache's key: bump it when the repair changes what it writes. */
    static final String VERSION = "mathml-repair 1";

    private MathmlRepair() {}

    static String repair(String html) {
        int start = html.indexOf("<math");
        int end = html.indexOf("</math>", start);
        if (start < 0 || end < 0) return html;
        Document math = Jsoup.parse(html.substring(start, end + "</math>".length()), "", Parser.xmlParser());
        math.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8)
                .syntax(Document.OutputSettings.Syntax.xml);
        if (!repairUnder(math)) return html;
        return html.substring(0, start) + math.html() + html.substring(end + "</math>".length());
    }

    /** Repairs every element under {@code parent}; whether anything changed. */
    private static boolean repairUnder(Element parent) {
        boolean changed = false;
        for (Element e : List.copyOf(parent.children())) {
            changed |= repairUnder(e);
            if (e.tagName().equals("mtd") && e.hasAttr("width")) {
                e.removeAttr("width");
                changed = true;
            }
            int arity = ARITY.getOrDefault(e.tagName(), Integer.MAX_VALUE);
            List<Element> kids = e.children();
            if (kids.size() > arity) {
                Element row = new Element("mrow");
                kids.get(arity - 1).before(row);
                for (Element k : kids.subList(arity - 1, kids.size())) row.appendChild(k);
                changed = true;
            }
        }
        return changed;
    }
}

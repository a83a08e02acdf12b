package courseware.export;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A tiny evaluator of the QTI 2.1 expressions the exporter emits for numeric items, as the spec defines them over a
 * float response: {@code and}, {@code gte}, {@code gt}, {@code lt}, {@code lte}, {@code variable} (the response) and
 * {@code baseValue} (a float literal, read as a double). Anything else fails the test.
 */
final class QtiEval {
    private QtiEval() {}

    static boolean truth(Element e, double response) {
        List<Element> args = children(e);
        return switch (e.getLocalName()) {
            case "and" -> args.stream().allMatch(a -> truth(a, response));
            case "gte" -> number(args.get(0), response) >= number(args.get(1), response);
            case "gt" -> number(args.get(0), response) > number(args.get(1), response);
            case "lte" -> number(args.get(0), response) <= number(args.get(1), response);
            case "lt" -> number(args.get(0), response) < number(args.get(1), response);
            default -> throw new AssertionError("operator not emitted by the exporter: " + e.getLocalName());
        };
    }

    static double number(Element e, double response) {
        return switch (e.getLocalName()) {
            case "variable" -> {
                if (!e.getAttribute("identifier").equals("RESPONSE")) throw new AssertionError("unknown variable " + e.getAttribute("identifier"));
                yield response;
            }
            case "baseValue" -> {
                if (!e.getAttribute("baseType").equals("float")) throw new AssertionError("baseValue of type " + e.getAttribute("baseType"));
                yield Double.parseDouble(e.getTextContent().strip());
            }
            default -> throw new AssertionError("expression not emitted by the exporter: " + e.getLocalName());
        };
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element x) out.add(x);
        return out;
    }
}

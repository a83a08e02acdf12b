package courseware.export;

import courseware.check.Tolerance;
import courseware.diag.Diagnostics;
import courseware.model.QuizQuestion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One question as a QTI 2.1 {@code assessmentItem}. A numeric answer is a float {@code textEntryInteraction} graded
 * by explicit comparisons with the exact bounds ({@code gte}/{@code gt}, {@code lt}/{@code lte} as each end is closed
 * or open), never {@code equal} with a tolerance mode, and a wrong value inside a misconception's interval shows that
 * misconception's feedback; a choice is a {@code choiceInteraction} with each option's
 * feedback and the explanation as {@code modalFeedback}.
 */
final class QtiItem {
    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String QTI_LOCATION = QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    private QtiItem() {}

    /** The item's identifier: an NCName, {@code L14-03-Q2}, and for a variant {@code L14-03-Q2-V3}. */
    static String identifier(String lessonId, Exportable.Item item) {
        return identifier(lessonId, item.number()) + (item.variant() > 0 ? "-V" + item.variant() : "");
    }

    static String identifier(String lessonId, int number) {
        return "L" + lessonId.replaceAll("[^A-Za-z0-9._-]", "_") + "-Q" + number;
    }

    /** The item document, or null when its prose was refused (reported). */
    static byte[] write(Exportable.Item item, String lessonId, String title, Prose prose, Diagnostics diagnostics) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("assessmentItem");
            w.writeDefaultNamespace(QTI);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", QTI_LOCATION);
            w.writeAttribute("identifier", identifier(lessonId, item));
            w.writeAttribute("title", title);
            w.writeAttribute("adaptive", "false");
            w.writeAttribute("timeDependent", "false");
            boolean ok = switch (item) {
                case Exportable.Numeric n -> numeric(w, n, prose, diagnostics);
                case Exportable.Choice c -> choice(w, c, prose, diagnostics);
            };
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return ok ? bytes.toByteArray() : null;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a QTI item to memory failed", e);
        }
    }

    /** SCORE, EXPLAIN, and FEEDBACK when the item gives feedback by response (each option's, or a misconception's). */
    private static void outcomes(XMLStreamWriter w, boolean feedback, boolean multiple) throws XMLStreamException {
        w.writeStartElement("outcomeDeclaration");
        w.writeAttribute("identifier", "SCORE");
        w.writeAttribute("cardinality", "single");
        w.writeAttribute("baseType", "float");
        w.writeStartElement("defaultValue");
        element(w, "value", "0");
        w.writeEndElement();
        w.writeEndElement();
        if (feedback) {
            w.writeEmptyElement("outcomeDeclaration");
            w.writeAttribute("identifier", "FEEDBACK");
            w.writeAttribute("cardinality", multiple ? "multiple" : "single");
            w.writeAttribute("baseType", "identifier");
        }
        w.writeEmptyElement("outcomeDeclaration");
        w.writeAttribute("identifier", "EXPLAIN");
        w.writeAttribute("cardinality", "single");
        w.writeAttribute("baseType", "identifier");
    }

    private static boolean numeric(XMLStreamWriter w, Exportable.Numeric n, Prose prose, Diagnostics diagnostics) throws XMLStreamException {
        w.writeEmptyElement("responseDeclaration");
        w.writeAttribute("identifier", "RESPONSE");
        w.writeAttribute("cardinality", "single");
        w.writeAttribute("baseType", "float");
        outcomes(w, !n.misconceptions().isEmpty(), false);
        QuizQuestion q = n.question();
        w.writeStartElement("itemBody");
        w.writeStartElement("div");
        boolean ok = prose.writeQti(w, q.prompt(), diagnostics);
        w.writeEndElement();
        w.writeStartElement("p");
        w.writeEmptyElement("textEntryInteraction");
        w.writeAttribute("responseIdentifier", "RESPONSE");
        w.writeAttribute("expectedLength", Integer.toString(Math.max(8, n.stated().toString().length() + 2)));
        w.writeEndElement();
        w.writeEndElement();

        // Right inside the answer's interval; else, inside a misconception's, its feedback (the build keeps them apart).
        w.writeStartElement("responseProcessing");
        w.writeStartElement("responseCondition");
        w.writeStartElement("responseIf");
        within(w, n.accepted());
        setScore(w, "1");
        w.writeEndElement();
        for (int i = 0; i < n.misconceptions().size(); i++) {
            w.writeStartElement("responseElseIf");
            within(w, n.misconceptions().get(i).interval());
            w.writeStartElement("setOutcomeValue");
            w.writeAttribute("identifier", "FEEDBACK");
            w.writeStartElement("baseValue");
            w.writeAttribute("baseType", "identifier");
            w.writeCharacters(misconceptionId(i));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        explain(w, q);
        w.writeEndElement();
        for (int i = 0; i < n.misconceptions().size(); i++) {
            ok &= feedback(w, "FEEDBACK", misconceptionId(i), n.misconceptions().get(i).misconception().feedback(), prose, diagnostics);
        }
        ok &= explanation(w, q, prose, diagnostics);
        return ok;
    }

    /** {@code <and>} of the interval's two bounds, each compared as its end is closed or open. */
    private static void within(XMLStreamWriter w, Tolerance t) throws XMLStreamException {
        w.writeStartElement("and");
        bound(w, t.lowInclusive() ? "gte" : "gt", Exportable.exact(t.low()));
        bound(w, t.highInclusive() ? "lte" : "lt", Exportable.exact(t.high()));
        w.writeEndElement();
    }

    static String misconceptionId(int i) {
        return "M" + (i + 1);
    }

    /** {@code <op><variable identifier="RESPONSE"/><baseValue baseType="float">bound</baseValue></op>}. */
    private static void bound(XMLStreamWriter w, String op, String value) throws XMLStreamException {
        w.writeStartElement(op);
        w.writeEmptyElement("variable");
        w.writeAttribute("identifier", "RESPONSE");
        floatValue(w, value);
        w.writeEndElement();
    }

    private static void setScore(XMLStreamWriter w, String score) throws XMLStreamException {
        w.writeStartElement("setOutcomeValue");
        w.writeAttribute("identifier", "SCORE");
        floatValue(w, score);
        w.writeEndElement();
    }

    /** {@code <baseValue baseType="float">value</baseValue>}. */
    private static void floatValue(XMLStreamWriter w, String value) throws XMLStreamException {
        w.writeStartElement("baseValue");
        w.writeAttribute("baseType", "float");
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void explain(XMLStreamWriter w, QuizQuestion q) throws XMLStreamException {
        if (q.explanation().isEmpty()) return;
        w.writeStartElement("setOutcomeValue");
        w.writeAttribute("identifier", "EXPLAIN");
        w.writeStartElement("baseValue");
        w.writeAttribute("baseType", "identifier");
        w.writeCharacters("EXPLANATION");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static boolean explanation(XMLStreamWriter w, QuizQuestion q, Prose prose, Diagnostics diagnostics) throws XMLStreamException {
        return q.explanation().isEmpty() || feedback(w, "EXPLAIN", "EXPLANATION", q.explanation(), prose, diagnostics);
    }

    /** A {@code modalFeedback} shown when {@code outcome} holds {@code id}: the markup's prose in a div. */
    private static boolean feedback(XMLStreamWriter w, String outcome, String id, courseware.model.Markup markup, Prose prose,
            Diagnostics diagnostics) throws XMLStreamException {
        w.writeStartElement("modalFeedback");
        w.writeAttribute("outcomeIdentifier", outcome);
        w.writeAttribute("identifier", id);
        w.writeAttribute("showHide", "show");
        w.writeStartElement("div");
        boolean ok = prose.writeQti(w, markup, diagnostics);
        w.writeEndElement();
        w.writeEndElement();
        return ok;
    }


    private static String choiceId(int i) {
        return "C" + (i + 1);
    }

    private static boolean choice(XMLStreamWriter w, Exportable.Choice c, Prose prose, Diagnostics diagnostics) throws XMLStreamException {
        QuizQuestion q = c.question();
        boolean multiple = q.kind() == QuizQuestion.Kind.MULTIPLE;
        w.writeStartElement("responseDeclaration");
        w.writeAttribute("identifier", "RESPONSE");
        w.writeAttribute("cardinality", multiple ? "multiple" : "single");
        w.writeAttribute("baseType", "identifier");
        w.writeStartElement("correctResponse");
        for (int i = 0; i < q.options().size(); i++) if (q.options().get(i).correct()) element(w, "value", choiceId(i));
        w.writeEndElement();
        w.writeEndElement();
        outcomes(w, true, multiple);

        w.writeStartElement("itemBody");
        w.writeStartElement("choiceInteraction");
        w.writeAttribute("responseIdentifier", "RESPONSE");
        w.writeAttribute("shuffle", "false");
        w.writeAttribute("maxChoices", multiple ? "0" : "1");
        w.writeStartElement("prompt");
        boolean ok = prose.writeQti(w, q.prompt(), diagnostics);
        w.writeEndElement();
        for (int i = 0; i < q.options().size(); i++) {
            w.writeStartElement("simpleChoice");
            w.writeAttribute("identifier", choiceId(i));
            ok &= prose.writeQti(w, q.options().get(i).text(), diagnostics);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();

        // Right iff the chosen set is the correct set (all or nothing, as on the page); each chosen option's feedback shows.
        w.writeStartElement("responseProcessing");
        w.writeStartElement("responseCondition");
        w.writeStartElement("responseIf");
        w.writeStartElement("match");
        w.writeEmptyElement("variable");
        w.writeAttribute("identifier", "RESPONSE");
        w.writeEmptyElement("correct");
        w.writeAttribute("identifier", "RESPONSE");
        w.writeEndElement();
        setScore(w, "1");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("setOutcomeValue");
        w.writeAttribute("identifier", "FEEDBACK");
        w.writeEmptyElement("variable");
        w.writeAttribute("identifier", "RESPONSE");
        w.writeEndElement();
        explain(w, q);
        w.writeEndElement();

        for (int i = 0; i < q.options().size(); i++) {
            ok &= feedback(w, "FEEDBACK", choiceId(i), q.options().get(i).feedback(), prose, diagnostics);
        }
        ok &= explanation(w, q, prose, diagnostics);
        return ok;
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}

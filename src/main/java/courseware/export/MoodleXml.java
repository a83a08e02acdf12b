package courseware.export;

import courseware.check.Misconceptions;
import courseware.check.Tolerance;
import courseware.diag.Diagnostics;
import courseware.model.QuizQuestion;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Moodle XML ({@code question/format/xml}): a category per lesson, numerical questions as answer ± tolerance, multichoice
 * with fractions from Moodle's list ({@code question_bank::fraction_options_full()} in {@code question/engine/bank.php})
 * and per-answer feedback, misconceptions as zero-mark answers with their feedback; prose as HTML in CDATA with math as MathJax TeX. Moodle holds only closed intervals,
 * absolute and symmetric around the answer: a written-precision (half-open) interval is refused unless
 * {@code closedEnds}, relative and significant-figure tolerances always.
 */
final class MoodleXml {
    /** 1/n for n correct options of a multiple-answer question, as Moodle's list spells it (percent). */
    private static final String[] SHARE = {null, "100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"};

    private MoodleXml() {}

    static byte[] write(Exportable.Quiz quiz, boolean closedEnds, Diagnostics diagnostics, List<Export.Note> notes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("quiz");
            for (Exportable.LessonQuiz lesson : quiz.lessons()) {
                if (lesson.items().isEmpty()) continue;
                String category = "$course$/top/" + segment(quiz.courseTitle()) + "/" + segment(lesson.lesson().id() + " " + lesson.lesson().meta().title());
                String current = null;
                // A varying question's variants go in a category of their own, for a quiz's random question to draw one.
                java.util.Set<Integer> varying = new java.util.HashSet<>();
                lesson.items().forEach(i -> { if (i.variant() > 0) varying.add(i.number()); });
                for (Exportable.Item item : lesson.items()) {
                    String wanted = varying.contains(item.number()) ? category + "/" + segment("question " + item.number()) : category;
                    if (!wanted.equals(current)) {
                        category(w, wanted);
                        current = wanted;
                    }
                    w.writeCharacters("\n");
                    String name = lesson.lesson().id() + " question " + item.label();
                    switch (item) {
                        case Exportable.Numeric n -> numerical(w, n, name, n.prose(), closedEnds, diagnostics, notes);
                        case Exportable.Choice c -> multichoice(w, c, name, c.prose(), diagnostics, notes);
                    }
                }
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Moodle XML to memory failed", e);
        }
    }

    /** A category question: the questions after it go into that category (created on import if it is new). */
    private static void category(XMLStreamWriter w, String path) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("question");
        w.writeAttribute("type", "category");
        w.writeStartElement("category");
        QtiItem.element(w, "text", path);
        w.writeEndElement();
        w.writeEndElement();
    }

    /** A category path segment: Moodle reads "/" as a separator and "//" as a literal slash. */
    private static String segment(String s) {
        return s.replace("/", "//");
    }

    /** What Moodle is told for a numeric question, or empty after a refusal (reported) at the stated answer. */
    static Optional<MoodleTolerance.Exported> interval(Exportable.Numeric n, boolean closedEnds, Diagnostics diagnostics, List<Export.Note> notes) {
        Tolerance t = n.accepted();
        String where = ExportFormat.MOODLE.title() + " export: ";
        String fix = "; what would work: an explicit closed absolute tolerance on the answer, e.g. '; abs "
                + Exportable.exact(t.high().subtract(t.low()).divide(BigDecimal.valueOf(2))) + "'";
        if (t.rule() == Tolerance.Rule.RELATIVE || t.rule() == Tolerance.Rule.SIGNIFICANT) {
            diagnostics.error(n.answerPos(), where + "the answer's " + (t.rule() == Tolerance.Rule.RELATIVE ? "relative" : "significant-figure")
                    + " tolerance " + t + " cannot be held: Moodle's numerical answer takes one absolute tolerance" + fix);
            return Optional.empty();
        }
        BigDecimal mid = t.low().add(t.high()).divide(BigDecimal.valueOf(2));
        if (mid.compareTo(n.stated()) != 0) {
            diagnostics.error(n.answerPos(), where + "the accepted interval " + t + " is not symmetric around the answer "
                    + Exportable.exact(n.stated()) + ", and Moodle holds only answer ± tolerance" + fix);
            return Optional.empty();
        }
        boolean open = !t.lowInclusive() || !t.highInclusive();
        if (open && !closedEnds) {
            diagnostics.error(n.answerPos(), where + "the answer accepts " + t + " (its written precision), a half-open interval, and"
                    + " Moodle holds only closed intervals; exporting it would change the verdict at " + openEnds(t) + fix
                    + ", or pass --closed-ends to export " + closed(t) + " anyway");
            return Optional.empty();
        }
        Optional<MoodleTolerance.Exported> e = MoodleTolerance.closed(n.stated(), t.low(), t.high());
        if (e.isEmpty()) {
            diagnostics.error(n.answerPos(), where + "no answer ± tolerance in Moodle's doubles accepts exactly " + closed(t)
                    + " (Moodle adds 1e-14 × max(1, |answer|) to the tolerance); a wider explicit abs tolerance would work");
            return Optional.empty();
        }
        if (open) {
            notes.add(new Export.Note(n.answerPos(), where + "exported as " + closed(t) + " with --closed-ends: " + openEnds(t)
                    + " was wrong by our rule and is right in Moodle"));
        }
        return e;
    }

    private static String closed(Tolerance t) {
        return "[" + Exportable.exact(t.low()) + ", " + Exportable.exact(t.high()) + "]";
    }

    private static String openEnds(Tolerance t) {
        if (!t.lowInclusive() && !t.highInclusive()) return "both ends, " + Exportable.exact(t.low()) + " and " + Exportable.exact(t.high()) + ",";
        return "the " + (t.lowInclusive() ? "upper end " + Exportable.exact(t.high()) : "lower end " + Exportable.exact(t.low()));
    }

    private static void numerical(XMLStreamWriter w, Exportable.Numeric n, String name, Prose prose, boolean closedEnds,
            Diagnostics diagnostics, List<Export.Note> notes) throws XMLStreamException {
        Optional<MoodleTolerance.Exported> e = interval(n, closedEnds, diagnostics, notes);
        if (e.isEmpty()) return;
        QuizQuestion q = n.question();
        w.writeStartElement("question");
        w.writeAttribute("type", "numerical");
        head(w, name, q, prose);
        for (MoodleTolerance.Answer answer : e.get().answers()) numericalAnswer(w, "100", answer, "");
        // Moodle takes the first answer whose interval holds the value, so zero-mark answers after the right ones give
        // a misconception's feedback; the build keeps them apart from the answer's interval and from each other.
        for (Misconceptions.Landing m : n.misconceptions()) {
            Tolerance t = m.interval();
            BigDecimal mid = t.low().add(t.high()).divide(BigDecimal.valueOf(2));
            Optional<MoodleTolerance.Exported> wrong = MoodleTolerance.closed(mid, t.low(), t.high());
            if (wrong.isEmpty()) {
                notes.add(new Export.Note(m.misconception().value().pos(), ExportFormat.MOODLE.title() + " export: question "
                        + n.label() + ": Moodle's numerical answer cannot hold the misconception's " + closed(t)
                        + " (it widens every tolerance by 1e-14 × max(1, |answer|)), so its feedback is left out; the grade is unchanged"));
                continue;
            }
            for (MoodleTolerance.Answer answer : wrong.get().answers()) {
                numericalAnswer(w, "0", answer, prose.moodleHtml(m.misconception().feedback()));
            }
        }
        QtiItem.element(w, "unitgradingtype", "0");
        QtiItem.element(w, "unitpenalty", "0");
        QtiItem.element(w, "showunits", "3");
        QtiItem.element(w, "unitsleft", "0");
        w.writeEndElement();
    }

    private static void numericalAnswer(XMLStreamWriter w, String fraction, MoodleTolerance.Answer answer, String feedback)
            throws XMLStreamException {
        w.writeStartElement("answer");
        w.writeAttribute("fraction", fraction);
        QtiItem.element(w, "text", answer.answer());
        html(w, "feedback", feedback);
        QtiItem.element(w, "tolerance", answer.tolerance());
        w.writeEndElement();
    }

    private static void multichoice(XMLStreamWriter w, Exportable.Choice c, String name, Prose prose, Diagnostics diagnostics,
            List<Export.Note> notes) throws XMLStreamException {
        QuizQuestion q = c.question();
        boolean multiple = q.kind() == QuizQuestion.Kind.MULTIPLE;
        long correct = q.options().stream().filter(QuizQuestion.Option::correct).count();
        if (correct >= SHARE.length) {
            diagnostics.error(q.pos(), ExportFormat.MOODLE.title() + " export: " + correct + " correct options would each need the"
                    + " fraction 1/" + correct + ", which is not in Moodle's list of grades; keep at most 10 correct options");
            return;
        }
        if (multiple) {
            notes.add(new Export.Note(q.pos(), ExportFormat.MOODLE.title() + " export: Moodle grades a multiple-answer question by"
                    + " summing fractions (each right option " + SHARE[(int) correct] + "%, each wrong one -100%, at least 0),"
                    + " so a subset of the right options earns part credit where the page gives none"));
        }
        w.writeStartElement("question");
        w.writeAttribute("type", "multichoice");
        head(w, name, q, prose);
        QtiItem.element(w, "single", multiple ? "false" : "true");
        QtiItem.element(w, "shuffleanswers", "false");
        QtiItem.element(w, "answernumbering", "abc");
        for (QuizQuestion.Option o : q.options()) {
            w.writeStartElement("answer");
            w.writeAttribute("fraction", o.correct() ? SHARE[multiple ? (int) correct : 1] : multiple ? "-100" : "0");
            w.writeAttribute("format", "html");
            cdata(w, prose.moodleHtml(o.text()));
            html(w, "feedback", prose.moodleHtml(o.feedback()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void head(XMLStreamWriter w, String name, QuizQuestion q, Prose prose) throws XMLStreamException {
        w.writeStartElement("name");
        QtiItem.element(w, "text", name);
        w.writeEndElement();
        html(w, "questiontext", prose.moodleHtml(q.prompt()));
        html(w, "generalfeedback", prose.moodleHtml(q.explanation()));
        QtiItem.element(w, "defaultgrade", "1");
        QtiItem.element(w, "penalty", "0");
        QtiItem.element(w, "hidden", "0");
    }

    private static void html(XMLStreamWriter w, String element, String html) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("format", "html");
        cdata(w, html);
        w.writeEndElement();
    }

    /** {@code <text><![CDATA[...]]></text>}, a "]]>" in the text split across two sections. */
    private static void cdata(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("text");
        String[] parts = text.split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
            w.writeCData(part);
        }
        w.writeEndElement();
    }
}

package courseware.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.check.LearnerAnswer;
import courseware.check.Tolerance;
import courseware.diag.Diagnostics;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * For every exported numeric question of content/ and the fixture: inputs at both bounds, one ulp and one last written
 * digit either side, and the answer as written, each decided by our rule and by the exported rule as the format defines
 * it (the item's responseProcessing, evaluated; Moodle's within_tolerance in doubles). They agree, or the export refused.
 */
class ExportParityTest {
    @TempDir Path tmp;

    static Set<String> inputs(Tolerance t, BigDecimal stated) {
        Set<String> in = new LinkedHashSet<>();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(stated.scale());
        in.add(stated.toPlainString());
        in.add(stated.subtract(unit).toPlainString());
        in.add(stated.add(unit).toPlainString());
        for (BigDecimal b : List.of(t.low(), t.high())) {
            BigDecimal bound = b.stripTrailingZeros();
            BigDecimal digit = BigDecimal.ONE.movePointLeft(Math.max(bound.scale(), 0));
            in.add(bound.toPlainString());
            in.add(bound.subtract(digit).toPlainString());
            in.add(bound.add(digit).toPlainString());
            double d = b.doubleValue();
            in.add(Double.toString(Math.nextUp(d)));
            in.add(Double.toString(Math.nextDown(d)));
            in.add(Double.toString(d));
        }
        return in;
    }

    /** Inputs around the answer's interval and around every misconception's. */
    static Set<String> inputs(Exportable.Numeric n) {
        Set<String> in = new LinkedHashSet<>(inputs(n.accepted(), n.stated()));
        for (var m : n.misconceptions()) {
            Tolerance t = m.interval();
            in.addAll(inputs(t, t.low().add(t.high()).divide(BigDecimal.valueOf(2)).setScale(n.stated().scale(), java.math.RoundingMode.HALF_EVEN)));
        }
        return in;
    }

    private static List<Tolerance> intervals(Exportable.Numeric n) {
        return n.misconceptions().stream().map(m -> m.interval()).toList();
    }

    private static Tolerance closed(Tolerance t) {
        return new Tolerance(t.low(), true, t.high(), true, t.rule());
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) out.add(e);
        return out;
    }

    private static List<Exportable.Numeric> numeric(Exportable.Quiz quiz) {
        List<Exportable.Numeric> all = new ArrayList<>();
        quiz.lessons().forEach(l -> l.items().forEach(i -> { if (i instanceof Exportable.Numeric n) all.add(n); }));
        return all;
    }

    @Test
    void qtiResponseProcessingDecidesAsOurRule() throws Exception {
        int decided = 0;
        int misconceptions = 0;
        for (Path content : List.of(ExportSupport.CONTENT, ExportSupport.FIXTURE, ExportSupport.VARIANTS)) {
            ExportSupport.Run run = ExportSupport.run(content, ExportFormat.QTI, false, tmp.resolve(content.getFileName()));
            for (Exportable.LessonQuiz lesson : run.quiz().lessons()) {
                for (Exportable.Item item : lesson.items()) {
                    if (!(item instanceof Exportable.Numeric n)) continue;
                    Element root = QtiExportTest.parse(run.qti().get("items/" + QtiItem.identifier(lesson.lesson().id(), n) + ".xml"));
                    List<Element> branches = children(first(first(root, "responseProcessing"), "responseCondition"));
                    assertEquals(1 + n.misconceptions().size(), branches.size(), "the answer's branch, then one per misconception");
                    for (String input : inputs(n)) {
                        LearnerAnswer.Feedback ours = LearnerAnswer.feedback(input, n.accepted(), intervals(n));
                        int qti = -2;
                        for (int b = 0; b < branches.size() && qti == -2; b++) {
                            if (QtiEval.truth(firstChild(branches.get(b)), Double.parseDouble(input))) qti = b - 1;
                        }
                        String where = lesson.lesson().id() + " question " + n.label() + " on " + input + " (" + n.accepted() + ")";
                        assertEquals(ours.verdict() == LearnerAnswer.Verdict.RIGHT, qti == -1, where);
                        if (qti != -1) assertEquals(ours.misconception(), Math.max(qti, -1), where + ": the misconception whose feedback shows");
                        if (qti >= 0) misconceptions++;
                        decided++;
                    }
                }
            }
        }
        assertTrue(decided > 1000, "inputs decided: " + decided);
        assertTrue(misconceptions > 100, "inputs inside a misconception: " + misconceptions);
    }

    @Test
    void moodleWithinToleranceDecidesAsOurRuleOrTheQuestionWasRefused() throws Exception {
        int decided = 0;
        int misconceptions = 0;
        for (Path content : List.of(ExportSupport.CONTENT, ExportSupport.FIXTURE, ExportSupport.VARIANTS)) {
            ExportSupport.Run run = ExportSupport.run(content, ExportFormat.MOODLE, true, tmp.resolve(content.getFileName()));
            for (Exportable.Numeric n : numeric(run.quiz())) {
                Diagnostics d = new Diagnostics();
                Optional<MoodleTolerance.Exported> e = MoodleXml.interval(n, true, d, new ArrayList<>());
                if (e.isEmpty()) {
                    assertTrue(d.hasErrors(), "not exported, so refused");
                    continue;
                }
                Tolerance t = n.accepted();
                // --closed-ends: the closed interval is what was exported; the noted ends are the only difference.
                Tolerance closed = closed(t);
                // Misconceptions as Moodle holds them: zero-mark answers after the right ones, each closed.
                List<Optional<MoodleTolerance.Exported>> wrong = n.misconceptions().stream().map(m -> MoodleTolerance.closed(
                        m.interval().low().add(m.interval().high()).divide(BigDecimal.valueOf(2)), m.interval().low(), m.interval().high())).toList();
                List<Tolerance> closedWrong = n.misconceptions().stream().map(m -> closed(m.interval())).toList();
                for (String input : inputs(n)) {
                    BigDecimal x = new BigDecimal(input);
                    double typed = Double.parseDouble(input);
                    boolean ours = LearnerAnswer.judge(input, closed) == LearnerAnswer.Verdict.RIGHT;
                    assertEquals(ours, MoodleTolerance.within(e.get(), typed), n.answerPos() + " on " + input);
                    boolean atOpenEnd = (!t.lowInclusive() && x.compareTo(t.low()) == 0) || (!t.highInclusive() && x.compareTo(t.high()) == 0);
                    if (!atOpenEnd) assertEquals(LearnerAnswer.judge(input, t) == LearnerAnswer.Verdict.RIGHT, ours, n.answerPos() + " on " + input);
                    if (!ours) {
                        int moodle = -1;
                        for (int i = 0; i < wrong.size() && moodle == -1; i++) {
                            if (wrong.get(i).isPresent() && MoodleTolerance.within(wrong.get(i).get(), typed)) moodle = i;
                        }
                        int expected = LearnerAnswer.feedback(input, closed, closedWrong).misconception();
                        if (expected >= 0 && wrong.get(expected).isEmpty()) expected = -1;
                        assertEquals(expected, moodle, n.answerPos() + " on " + input + ": the misconception whose feedback shows");
                        if (moodle >= 0) misconceptions++;
                    }
                    decided++;
                }
            }
            // content/ exports whole, every variant included.
            if (content == ExportSupport.CONTENT) assertFalse(run.diagnostics().hasErrors(), () -> run.diagnostics().sorted().toString());
        }
        assertTrue(decided > 1000, "inputs decided: " + decided);
        assertTrue(misconceptions > 100, "inputs inside a misconception: " + misconceptions);
    }

    private static Element first(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(name)) return e;
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    static Element firstChild(Element parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) return e;
        throw new AssertionError("empty " + parent.getLocalName());
    }

    /** A varying question goes to the platform once per variant, each with its own numbers and interval. */
    @Test
    void everyVariantIsAQuestionOfItsOwn() throws Exception {
        ExportSupport.Run run = ExportSupport.run(ExportSupport.VARIANTS, ExportFormat.QTI, false, tmp.resolve("variants"));
        List<Exportable.Numeric> first = numeric(run.quiz()).stream().filter(n -> n.number() == 1).toList();
        assertEquals(12, first.size(), "variants 12: the author's and 11 drawn");
        assertEquals(12, first.stream().map(n -> n.accepted().toString()).distinct().count(), "each its own interval");
        assertEquals(12, first.stream().map(n -> QtiItem.identifier("v", n)).distinct().count());
        assertTrue(run.qti().containsKey("items/" + QtiItem.identifier("v", first.get(3)) + ".xml"));
        assertEquals(10, run.quiz().lessons().get(0).items().stream().filter(i -> i.number() == 2).count(), "the choice question's 10");
        // The lesson's test draws one variant of each varying question: a section per question selecting one.
        Element test = QtiExportTest.parse(run.qti().get("tests/T-Lv.xml"));
        Element outer = first(first(test, "testPart"), "assessmentSection");
        List<Element> sections = children(outer);
        assertEquals(2, sections.size(), "one section per question");
        Element q1 = sections.get(0);
        assertEquals("assessmentSection", q1.getLocalName());
        assertEquals("1", first(q1, "selection").getAttribute("select"));
        assertEquals(12, children(q1).stream().filter(e -> e.getLocalName().equals("assessmentItemRef")).count());
    }

    /** Moodle: each varying question's variants in a category of their own, for a random question to draw one. */
    @Test
    void moodlePutsEachVaryingQuestionsVariantsInACategoryOfTheirOwn() throws Exception {
        ExportSupport.Run run = ExportSupport.run(ExportSupport.VARIANTS, ExportFormat.MOODLE, true, tmp.resolve("variants-moodle"));
        Element quiz = QtiExportTest.parse(run.moodle());
        List<String> categories = new ArrayList<>();
        java.util.Map<String, Integer> questions = new java.util.LinkedHashMap<>();
        String current = null;
        for (Element q : children(quiz)) {
            if (q.getAttribute("type").equals("category")) {
                current = first(first(q, "category"), "text").getTextContent();
                categories.add(current);
            } else {
                questions.merge(current, 1, Integer::sum);
            }
        }
        assertEquals(2, categories.size(), categories.toString());
        assertTrue(categories.get(0).endsWith("/question 1") && categories.get(1).endsWith("/question 2"), categories.toString());
        assertEquals(List.of(12, 10), List.copyOf(questions.values()));
    }
}

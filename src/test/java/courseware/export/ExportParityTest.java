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

    private static List<Exportable.Numeric> numeric(Exportable.Quiz quiz) {
        List<Exportable.Numeric> all = new ArrayList<>();
        quiz.lessons().forEach(l -> l.items().forEach(i -> { if (i instanceof Exportable.Numeric n) all.add(n); }));
        return all;
    }

    @Test
    void qtiResponseProcessingDecidesAsOurRule() throws Exception {
        int decided = 0;
        for (Path content : List.of(ExportSupport.CONTENT, ExportSupport.FIXTURE, ExportSupport.VARIANTS)) {
            ExportSupport.Run run = ExportSupport.run(content, ExportFormat.QTI, false, tmp.resolve(content.getFileName()));
            for (Exportable.LessonQuiz lesson : run.quiz().lessons()) {
                for (Exportable.Item item : lesson.items()) {
                    if (!(item instanceof Exportable.Numeric n)) continue;
                    Element root = QtiExportTest.parse(run.qti().get("items/" + QtiItem.identifier(lesson.lesson().id(), n) + ".xml"));
                    Element condition = first(first(first(root, "responseProcessing"), "responseCondition"), "responseIf");
                    Element expr = firstChild(condition);
                    for (String input : inputs(n.accepted(), n.stated())) {
                        boolean ours = LearnerAnswer.judge(input, n.accepted()) == LearnerAnswer.Verdict.RIGHT;
                        boolean qti = QtiEval.truth(expr, Double.parseDouble(input));
                        assertEquals(ours, qti, lesson.lesson().id() + " question " + n.number() + " on " + input + " (" + n.accepted() + ")");
                        decided++;
                    }
                }
            }
        }
        assertTrue(decided > 100, "inputs decided: " + decided);
    }

    @Test
    void moodleWithinToleranceDecidesAsOurRuleOrTheQuestionWasRefused() throws Exception {
        int decided = 0;
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
                Tolerance closed = new Tolerance(t.low(), true, t.high(), true, t.rule());
                for (String input : inputs(t, n.stated())) {
                    BigDecimal x = new BigDecimal(input);
                    boolean ours = LearnerAnswer.judge(input, closed) == LearnerAnswer.Verdict.RIGHT;
                    assertEquals(ours, MoodleTolerance.within(e.get(), Double.parseDouble(input)), n.answerPos() + " on " + input);
                    boolean atOpenEnd = (!t.lowInclusive() && x.compareTo(t.low()) == 0) || (!t.highInclusive() && x.compareTo(t.high()) == 0);
                    if (!atOpenEnd) assertEquals(LearnerAnswer.judge(input, t) == LearnerAnswer.Verdict.RIGHT, ours, n.answerPos() + " on " + input);
                    decided++;
                }
            }
            // content/ exports whole, every variant included.
            if (content == ExportSupport.CONTENT) assertFalse(run.diagnostics().hasErrors(), () -> run.diagnostics().sorted().toString());
        }
        assertTrue(decided > 100, "inputs decided: " + decided);
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
    }
}

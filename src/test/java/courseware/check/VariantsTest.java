package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Source;
import courseware.model.Item;
import courseware.model.Variation;
import courseware.pipeline.Checking;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A varying item checked in every variant: drawn from its lists, deterministic, meeting its conditions, each stated
 * answer written again at the author's precision and accepting the variant's value; misconceptions kept apart.
 */
class VariantsTest {
    private static final String LESSON = """
            ---
            id: v
            title: V
            module: m
            order: 1
            ---

            ## Learning objectives

            - One.

            ## Core content

            ```compute
            given eta0 = 0.1
            given K = 1000
            given k = 750
            eta = cosine_decay(eta0, K, k)
            ```

            The rate at step {{ k }} is {{ eta ~ 0.0146 }}.

            ## Quiz

            ```quiz
            kind: numeric
            prompt: What is the rate at step {{ k }} of {{ K }}, from {{ eta0 }}?
            answer: "{{ eta ~ 0.0146 }}"
            misconceptions:
              - value: "{{ eta0 * cos(pi*k/K) }}"
                feedback: You dropped the half and the one plus.
            explanation: Half of {{ eta0 }} times one plus the cosine, {{ eta ~ 0.0146 }}.
            vary: |
              variants 12
              k in 100..900 step 50
              eta0 in [0.05, 0.1, 0.2]
              require k != 500
            ```
            """;

    private static Checking.Lesson check(String text) {
        return new Checking().lesson(new Source(Path.of("v.md"), "v.md", text));
    }

    @Test
    void everyVariantIsDrawnFromItsListsMeetsItsConditionAndStatesItsOwnAnswer() {
        Checking.Lesson checked = check(LESSON);
        assertEquals(List.of(), checked.diagnostics().sorted());
        Item question = checked.parsed().file().items().get(0);
        List<Variant> variants = checked.checks().variants(question.variation());
        assertEquals(11, variants.size(), "12 variants, the author's included");
        Set<String> seen = new HashSet<>(Set.of("k=750, eta0=0.1"));
        for (Variant v : variants) {
            assertTrue(seen.add(v.values()), "no variant repeats another, nor the author's: " + v.values());
            int k = Integer.parseInt(v.drawn().get(0).value());
            double eta0 = Double.parseDouble(v.drawn().get(1).value());
            assertTrue(k >= 100 && k <= 900 && k % 50 == 0 && k != 500, v.values());
            assertTrue(List.of(0.05, 0.1, 0.2).contains(eta0), v.values());
            // cosine decay as PyTorch's CosineAnnealingLR with eta_min = 0: eta0/2 (1 + cos(pi k/K))
            double expected = eta0 / 2 * (1 + Math.cos(Math.PI * k / 1000));
            Checked answer = v.byRef().get(question.answer());
            assertEquals(expected, ((Value.Num) answer.value()).value(), 1e-15);
            // written again at the author's four decimals, and accepting the variant's value
            assertEquals(new BigDecimal(expected).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(), answer.display());
            assertTrue(answer.passed());
        }
        // the core content keeps the author's numbers: only the item varies
        assertTrue(checked.checks().cases().stream().filter(c -> c.variant() > 0).allMatch(c -> c.checked().pos().line() > 25),
                "no variant case outside the question (from line 26)");
        assertEquals(11 * 2, checked.checks().cases().stream().filter(c -> c.variant() > 0 && c.checked().stated()).count(),
                "every variant's stated answers are report cases: the answer and the explanation's, and the misconception is shown, not stated");
    }

    @Test
    void theSameTextDrawsTheSameVariantsAndAnotherLessonIdOthers() {
        List<String> once = values(check(LESSON)), again = values(check(LESSON));
        assertEquals(once, again);
        assertNotEquals(once, values(check(LESSON.replace("id: v", "id: w"))));
    }

    /** course.yml's seed draws every lesson's variants anew (a new term), the same again for the same seed. */
    @Test
    void theCourseSeedDrawsOtherVariants() {
        Source source = new Source(Path.of("v.md"), "v.md", LESSON);
        List<String> none = values(new Checking().lesson(source, ""));
        List<String> fall = values(new Checking().lesson(source, "fall 2026"));
        assertEquals(none, values(check(LESSON)), "no seed: the draws a course had before it set one");
        assertNotEquals(none, fall);
        assertEquals(fall, values(new Checking().lesson(source, "fall 2026")));
        assertNotEquals(fall, values(new Checking().lesson(source, "spring 2027")));
    }

    private static List<String> values(Checking.Lesson checked) {
        Variation variation = checked.parsed().file().items().get(0).variation();
        return checked.checks().variants(variation).stream().map(Variant::values).toList();
    }

    @Test
    void theGivenShownInAVariantIsItsDrawnValue() {
        Checking.Lesson checked = check(LESSON);
        Item question = checked.parsed().file().items().get(0);
        Variant first = checked.checks().variants(question.variation()).get(0);
        List<String> shown = question.markups().get(0).refs().stream().map(r -> first.byRef().get(r).display()).toList();
        assertEquals(List.of(first.drawn().get(0).value(), "1000", first.drawn().get(1).value()), shown);
    }

    @Test
    void aMisconceptionLandingOnTheAnswerInOneVariantFailsNamingIt() {
        // linear decay eta0 (1 - k/K) equals cosine decay at k = K/2: the variant k=500 collides
        String lesson = LESSON.replace("{{ eta0 * cos(pi*k/K) }}", "{{ eta0 * (1 - k/K) }}").replace("  require k != 500\n", "")
                .replace("k in 100..900 step 50", "k in [500, 600]").replace("eta0 in [0.05, 0.1, 0.2]", "eta0 in [0.1, 0.3]")
                .replace("variants 12", "variants 4");
        List<String> errors = check(lesson).diagnostics().sorted().stream().map(d -> d.pos().line() + ": " + d.message()).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).matches("34: variant \\d \\(k=500, eta0=0\\.[13]\\): misconception \\{\\{ eta0 \\* \\(1 - k/K\\) }} gives .*"
                + "which meets the answer 0\\.[01]500 .*"), errors.get(0));
    }

    @Test
    void tooFewDrawsMeetingTheConditionFailAtTheVariantsLine() {
        String lesson = LESSON.replace("require k != 500", "require k > K");
        List<String> errors = check(lesson).diagnostics().sorted().stream().map(d -> d.pos().line() + ":" + d.pos().col() + " " + d.message()).toList();
        assertEquals(1, errors.size(), errors.toString());
        // 17 values of k times 3 of eta0 make 51 draws, the author's one of them: every other one is drawn and breaks it
        assertTrue(errors.get(0).startsWith("34:3 only 1 of the 12 variants asked for could be made: 50 draws broke a condition ("), errors.get(0));
        assertTrue(errors.get(0).contains("breaks 'require k > K'"), errors.get(0));
    }
}

package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine work is charged per lesson and per build; the call that does not fit is refused, naming the costliest. */
class WorkBudgetTest {

    private static Source source(String name) {
        return new Source(Path.of(name), name, "line\n".repeat(20));
    }

    @Test
    void theCallThatDoesNotFitIsRefusedAndTheCostliestCallsAreNamed() throws Exception {
        WorkBudget budget = new WorkBudget(1_000);
        WorkBudget.Lesson lesson = budget.lesson("a.md");
        Source a = source("a.md");
        lesson.charge("gd", a.pos(3, 5), 400);
        lesson.charge("sqrt", a.pos(4, 5), 1);
        lesson.charge("ms_simulation", a.pos(5, 5), 300);
        lesson.charge("adam_run", a.pos(6, 5), 250);
        WorkBudget.Exceeded e = assertThrows(WorkBudget.Exceeded.class, () -> lesson.charge("gd", a.pos(7, 5), 100));
        assertEquals("gd needs about 100 units of work, but this lesson has 49 of its 1000 left (work budget, docs/engine.md);"
                + " costliest so far: gd at line 3 (400), ms_simulation at line 5 (300), adam_run at line 6 (250);"
                + " use fewer steps, seeds or rows, or a shorter objective", e.getMessage());
        WorkBudget.Exceeded again = assertThrows(WorkBudget.Exceeded.class, () -> lesson.charge("noisy_gd", a.pos(9, 5), 50));
        assertEquals("noisy_gd needs about 50 units of work, but this lesson has 49 of its 1000 left (work budget, docs/engine.md);"
                + " the costliest calls are listed at line 7", again.getMessage());
        lesson.charge("sqrt", a.pos(10, 1), 49); // what fits still runs
        assertEquals(1_000, lesson.used());
    }

    @Test
    void eachLessonHasItsOwnBudgetSoAVerdictDependsOnNoOtherLesson() throws Exception {
        WorkBudget budget = new WorkBudget(1_000);
        for (String name : List.of("a.md", "b.md", "c.md")) budget.lesson(name).charge("gd", source(name).pos(2, 1), 900);
        WorkBudget.Lesson d = budget.lesson("d.md");
        d.charge("gd", source("d.md").pos(2, 1), 1_000); // three lessons spent 2,700 before: d still has all of its own
        assertEquals(3_700, budget.used());
        assertThrows(WorkBudget.Exceeded.class, () -> d.charge("sqrt", source("d.md").pos(3, 1), 1));
    }

    @Test
    void amountsShowTheirOrderOfMagnitude() {
        assertEquals("99999", WorkBudget.amount(99_999));
        assertEquals("1.3e8", WorkBudget.amount(130_000_000));
        assertEquals("1.0e9", WorkBudget.amount(999_999_999));
        assertEquals("5.0e8", WorkBudget.amount(WorkBudget.LESSON));
    }

    @Test
    void costsGrowWithStepsObjectiveSeedsAndRows() throws ExprException {
        assertEquals(1_000 * (3 + 10), units("gd(\"x^2\", 1, 0.1, 1000)"));
        assertEquals(1_000 * (7 + 10), units("adam_run(\"x^2 + y^2\", (1, 1), 0.1, 1000)"));
        assertEquals(3 * 100 * 50, units("ms_simulation(0.1, -1, 1, 1, 100, 50)"));
        assertEquals(2 * 4 * 3 * 5 * 100 * 2, units("batch_experiment(\"logistic\", 100, (1, 2), 0.1, 5, 10, 3)"));
        assertEquals(2 * 4 * 3 * 5 * 100 * 2, units("batch_curves(\"logistic\", 100, (1, 2), 0.1, 5, 10, 3)"),
                "the per-epoch experiment does the same training, so it costs the same");
        assertEquals(10 * 3, units("sgd_steps((1, 2, 3), 0, 0.1)"));
        assertEquals(1 + 2, units("clip_norm((3, 4), 1)"));
        assertEquals(7, units("grad(\"x^2 + y^2\", (1, 2))"));
        // a chained schedule replays torch's recursion from step 0: 3 units per scheduler step, here 2 x (1000 + 1)
        assertEquals(1 + EngineFunctions.RECURSION_STEP * 2 * 1001,
                largestCharge("chained(0.1, step_decay(0.1, 3), exponential_decay(0.1, 0.9), 1000)"));
        assertEquals(1 + EngineFunctions.RECURSION_STEP * 2 * 1001,
                largestCharge("lr_at(join(chained(0.1, step_decay(0.1, 3), exponential_decay(0.1, 0.9)), 1005, constant_lr(0.1)), 1000)"),
                "a chained schedule may lead a join (torch's SequentialLR cannot restart one later)");
        assertEquals(1, units("step_decay(0.1, 3, 1000)"));
        // Past the engine's per-call limit the estimate stops growing, so the engine's own message is given.
        assertEquals(10_000_000L * 13, units("gd(\"x^2\", 1, 0.1, 20000000)"));
    }

    /** The largest charge of any call in an expression whose calls all run (its inner calls are charged first). */
    private static long largestCharge(String expression) throws ExprException {
        long[] largest = {-1};
        new Evaluator(Functions.all(), new HashMap<>(), java.util.Set.of(), (f, u, o) -> largest[0] = Math.max(largest[0], u))
                .eval(ExprParser.parse(expression));
        return largest[0];
    }

    /** The units a call is charged, without running it. */
    private static long units(String call) {
        long[] charged = {-1};
        try {
            new Evaluator(Functions.all(), new HashMap<>(), java.util.Set.of(), (f, u, o) -> {
                charged[0] = u;
                throw new ExprException("estimated", o);
            }).eval(ExprParser.parse(call));
        } catch (ExprException expected) {
            // the estimate stops the call before it runs
        }
        return charged[0];
    }

    @Test
    void aLessonOfMaximalCallsStopsAtTheBudgetAndTheRestOfItIsStillChecked() {
        // Three gd runs of 10^7 steps fit (1.3e8 units each); the fourth and a maximal simulation (6e8) do not.
        String lesson = "---\nid: a\ntitle: T\nmodule: m\norder: 1\n---\n\n## Learning objectives\n\n- x\n\n## Core content\n\n"
                + "```compute\n"
                + "g1 = gd(\"x^2\", 1, 0.1, 10000000).x\ng2 = gd(\"x^2\", 1, 0.1, 10000000).x\ng3 = gd(\"x^2\", 1, 0.1, 10000000).x\n"
                + "g4 = gd(\"x^2\", 1, 0.1, 10000000).x\nm = ms_simulation(0.1, -1, 1, 1, 20000, 10000).mean\nsmall = gd(\"x^2\", 1, 0.1, 1).x\n"
                + "```\n\nChecked still: {{ small ~ 0.8 }}; not again: {{ g4 ~ 0 }}.\n";
        Diagnostics d = new Diagnostics();
        CheckResults results = new Checking().content(new Content(new Source(Path.of("course.yml"), "course.yml",
                "title: T\nmodules:\n  - id: m\n    title: M\n"), List.of(new Source(Path.of("a.md"), "a.md", lesson))), d).checks();
        assertEquals(List.of(
                "a.md:18:6: error: gd needs about 1.3e8 units of work, but this lesson has 1.1e8 of its 5.0e8 left (work budget,"
                        + " docs/engine.md); costliest so far: gd at line 15 (1.3e8), gd at line 16 (1.3e8), gd at line 17 (1.3e8);"
                        + " use fewer steps, seeds or rows, or a shorter objective",
                "a.md:19:5: error: ms_simulation needs about 6.0e8 units of work, but a lesson may use 5.0e8 in all"
                        + " (work budget, docs/engine.md); the costliest calls are listed at line 18"),
                d.sorted().stream().map(x -> x.headline()).toList());
        assertEquals(1, results.answers());
    }
}

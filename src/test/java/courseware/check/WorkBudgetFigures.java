package courseware.check;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures behind {@link WorkBudget} (a benchmark, not a test):
 * <ol>
 * <li>nanoseconds per work unit of the costly functions, so a unit means about the same time whatever the call;</li>
 * <li>how much of the budgets the lessons of a content folder use;</li>
 * <li>how long a lesson of a dozen maximal calls runs before the budget stops it.</li>
 * </ol>
 * Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(ls target/lib/*.jar | tr '\n' :) courseware.check.WorkBudgetFigures [content]}
 */
public final class WorkBudgetFigures {
    private WorkBudgetFigures() {}

    public static void main(String[] args) throws Exception {
        calibrate();
        usage(Path.of(args.length > 0 ? args[0] : "content"));
        abuse();
    }

    private static final String[] CALLS = {
        "gd(\"x^2\", 1, 0.1, 2000000)",
        "gd(\"x^2 + y^2\", (1, 1), 0.1, 2000000)",
        "gd(\"" + String.join(" + ", java.util.Collections.nCopies(100, "sin(x)*cos(x)")) + "\", 1, 0.001, 20000)",
        "noisy_gd(\"x^2\", 1, 0.1, 0.1, 2000000)",
        "sgd_run(\"x^2\", 1, 0.1, 2000000, momentum=0.9)",
        "adam_run(\"x^2\", 1, 0.01, 2000000)",
        "rmsprop_run(\"x^2\", 1, 0.01, 2000000)",
        "adagrad_run(\"x^2\", 1, 0.1, 2000000)",
        "ms_simulation(0.1, -1, 1, 1, 10000, 2000)",
        "batch_experiment(\"linear\", 1000, (1, 2), 0.01, 20, 10, 100)",
        "batch_experiment(\"logistic\", 1000, (1, 2), 0.01, 20, 10, 100)",
    };

    private static void calibrate() throws ExprException {
        System.out.println("ns per work unit (best of 3, after a warm-up run):");
        Map<String, Fn> fns = Functions.all();
        for (String call : CALLS) {
            long[] units = {0};
            Evaluator e = new Evaluator(fns, new HashMap<>(), java.util.Set.of(), (f, u, o) -> units[0] = u);
            Expr expr = ExprParser.parse(call);
            e.eval(expr);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                e.eval(expr);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "  %6.1f ns/unit  %8.1f ms  %s units  %s%n", best / (double) units[0], best / 1e6,
                    WorkBudget.amount(units[0]), call.length() > 70 ? call.substring(0, 67) + "..." : call);
        }
    }

    private static void usage(Path contentDir) throws Exception {
        CheckStage stage = new CheckStage();
        int lessons = new Checking(stage).folder(contentDir).lessons().size();
        WorkBudget budget = stage.budget();
        System.out.println("budget used by " + contentDir + " (" + lessons + " lessons):");
        for (WorkBudget.Lesson l : budget.lessons()) {
            System.out.printf(Locale.ROOT, "  %12d units = %.2e of a lesson's budget  %s%n", l.used(), l.used() / (double) WorkBudget.LESSON, l.file());
        }
        System.out.printf(Locale.ROOT, "  %12d units in all%n", budget.used());
    }

    private static void abuse() {
        StringBuilder compute = new StringBuilder();
        for (int i = 0; i < 6; i++) compute.append("g").append(i).append(" = gd(\"x^2\", 1, 0.1, 10000000)\n");
        for (int i = 0; i < 6; i++) compute.append("m").append(i).append(" = ms_simulation(0.1, -1, 1, 1, 20000, 10000)\n");
        String lesson = "---\nid: a\ntitle: T\nmodule: m\norder: 1\n---\n\n## Learning objectives\n\n- x\n\n## Core content\n\n```compute\n"
                + compute + "```\n";
        Source source = new Source(Path.of("abuse.md"), "abuse.md", lesson);
        Diagnostics d = new Diagnostics();
        Content content = new Content(new Source(Path.of("course.yml"), "course.yml", "title: T\nmodules:\n  - id: m\n    title: M\n"),
                List.of(source));
        long t0 = System.nanoTime();
        new Checking().content(content, d);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "a lesson of 6 gd at 10^7 steps and 6 maximal ms_simulation: stopped after %.1f s with %d errors%n",
                seconds, d.errorCount());
        d.sorted().stream().limit(2).map(Diagnostic::headline).forEach(h -> System.out.println("  " + h));
    }
}

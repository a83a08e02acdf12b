package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import org.junit.jupiter.api.Test;

/** functions prints every function with its formula and convention; functions NAME one of them. */
class FunctionsCommandTest {
    @Test
    void everyEntryShowsItsFormula() {
        Cli.Run run = Cli.run("functions");
        assertEquals(0, run.exitCode(), run.err());
        String[] entries = run.out().split("\n(?=\\S)");
        assertTrue(entries.length > 50, entries.length + " entries");
        for (String entry : entries) {
            assertTrue(entry.matches("(?s)\\S.*\n    \\S.*\n    formula: \\S.*"), entry);
        }
    }

    @Test
    void oneFunctionShowsWhichNesterovAndWhereClippingAddsItsEpsilon() {
        Cli.Run sgd = Cli.run("functions", "sgd_run");
        assertEquals(0, sgd.exitCode(), sgd.err());
        assertTrue(sgd.out().startsWith("sgd_run(expr, x0, lr, steps,"), sgd.out());
        assertTrue(sgd.out().contains("formula: ") && sgd.out().contains("Sutskever's look-ahead"), sgd.out());
        assertEquals(3, sgd.out().lines().count(), sgd.out());
        assertTrue(Cli.run("functions", "clip_norm").out().contains("min(1, max_norm / (||g|| + 1e-6))"));
        assertTrue(Cli.run("functions", "cosine_decay").out().contains("rise again"));
    }

    @Test
    void anUnknownNameIsAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("functions", "adam_rn");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no function 'adam_rn' (did you mean 'adam_run'?)"), run.err());
    }
}

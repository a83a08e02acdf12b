package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Lesson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unchecked-number rule of docs/authoring.md, one place a learner reads at a time. */
class UncheckedNumbersTest {
    private static final String HEAD = """
            ---
            id: a
            title: A
            module: m
            order: 1
            ---

            ## Learning objectives

            - One.

            """;
    private static final String COMPUTE = """
            ```compute
            given eta0 = 0.1
            given K = 1000
            eta = cosine_decay(eta0, K, 750)
            ```

            """;

    private record Parsed(Lesson lesson, List<Diagnostic> diagnostics) {
        /** Each diagnostic as "line:col message". */
        List<String> messages() {
            return diagnostics.stream().map(d -> d.pos().line() + ":" + d.pos().col() + " " + d.message()).toList();
        }
    }

    private static Parsed parse(String body) {
        Diagnostics d = new Diagnostics();
        String text = HEAD + body;
        Lesson lesson = new ContentParser().parseLesson(new Source(Path.of("a.md"), "a.md", text), d).lesson().orElse(null);
        return new Parsed(lesson, d.sorted());
    }

    /** Line of the first occurrence of {@code needle} in the whole file (1-based). */
    private static int lineOf(String body, String needle) {
        String text = HEAD + body;
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String example(String statement, String solution, String answer) {
        return "## Core content\n\n" + COMPUTE + "Text.\n\n## Worked examples\n\n### An example\n\n" + statement
                + "\n\n#### Solution\n\n" + solution + "\n\n#### Answer\n\n" + answer + "\n";
    }

    @Test
    void aBareNumberInAWorkedExampleStatementSolutionOrAnswerIsReportedAtItsColumn() {
        String body = example("Start at 0.35 here.", "This step alone contributes 0.0421 to the total.", "About {{ eta ~ 0.0146 }}.");
        List<String> m = parse(body).messages();
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).startsWith(lineOf(body, "Start at") + ":10 unchecked number 0.35 in a worked-example statement"), m.get(0));
        assertTrue(m.get(1).startsWith(lineOf(body, "This step") + ":29 unchecked number 0.0421 in a worked-example solution"), m.get(1));
    }

    @Test
    void theItemHeadingIsPartOfTheStatement() {
        List<String> m = parse(example("Find it.", "Done.", "{{ eta ~ 0.0146 }}").replace("### An example", "### Decay at step 750")).messages();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).contains("unchecked number 750 in a worked-example statement"), m.get(0));
    }

    @Test
    void boundShownAndLiteralNumbersPassAndSmallWholeNumbersAreStructure() {
        Parsed p = parse(example("Start at {{ eta0 }} for {{ K }} steps, in {{ literal 1998 }} ({{ literal IEEE 754 }}).",
                "Take 2 steps: $\\frac{1}{2} x^{2}$ and $\\eta_{ {{ K }} } = {{ eta ~ 0.0146 }}$.", "{{ eta ~ 0.0146 }}"));
        assertEquals(List.of(), p.messages());
        String statement = p.lesson().examples().get(0).statement().html();
        assertTrue(statement.contains("in 1998 (IEEE 754)"), "a literal shows its text verbatim: " + statement);
    }

    @Test
    void aNumberThatEqualsAGivenIsStillReportedAndTheMessageNamesTheGiven() {
        List<String> m = parse(example("Start at 0.1.", "Done.", "{{ eta ~ 0.0146 }}")).messages();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).contains("unchecked number 0.1 in a worked-example statement: it equals the given 'eta0'; "
                + "if it is that given, show it as {{ eta0 }}"), m.get(0));
    }

    @Test
    void practiceStatementsAnswersAndSolutionsAreScanned() {
        String body = "## Core content\n\n" + COMPUTE + "Text.\n\n## Practice problems\n\n### P\n\nGiven 0.5, find it.\n\n"
                + "#### Answer\n\nIt is 0.0146.\n\n#### Solution\n\nRound 0.01464.\n";
        List<String> m = parse(body).messages();
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.get(0).contains("0.5 in a practice statement"), m.get(0));
        assertTrue(m.get(1).contains("0.0146 in a practice answer"), m.get(1));
        assertTrue(m.get(2).contains("0.01464 in a practice solution"), m.get(2));
    }

    @Test
    void quizPromptsOptionsFeedbackAndExplanationsAreScannedAtTheirColumns() {
        String body = "## Core content\n\n" + COMPUTE + "Text.\n\n## Quiz\n\n```quiz\nkind: single\nprompt: Which rate at step 250?\n"
                + "options:\n  - text: \"{{ eta ~ 0.0146 }}\"\n    correct: true\n    feedback: Right, 0.0146.\n"
                + "  - text: \"0.05\"\n    feedback: That is halfway.\n  - text: \"{{ literal 0.1 }}\"\n    feedback: The start.\n"
                + "explanation: |\n  It falls to 0.0146.\n```\n";
        List<String> m = parse(body).messages();
        assertEquals(List.of(
                lineOf(body, "prompt:") + ":28 unchecked number 250 in a quiz prompt",
                lineOf(body, "feedback: Right") + ":22 unchecked number 0.0146 in an option's feedback",
                lineOf(body, "text: \"0.05") + ":12 unchecked number 0.05 in a quiz option",
                lineOf(body, "It falls") + ":15 unchecked number 0.0146 in a quiz explanation"),
                m.stream().map(s -> s.replaceFirst(":( bind| it equals).*", "")).toList());
    }

    @Test
    void tablesInTheCoreContentAreScannedButItsProseIsNot() {
        String body = "## Core content\n\n" + COMPUTE + "Prose with 0.375 is free.\n\n| a | b |\n|---|---|\n| 500 | {{ eta ~ 0.0146 }} |\n";
        List<String> m = parse(body).messages();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith(lineOf(body, "| 500") + ":3 unchecked number 500 in a table"), m.get(0));
    }

    @Test
    void pythonCommentsAreCheckedAndItsCodeIsNot() {
        for (String fence : List.of("python", "Python title=\"lr.py\"")) { // the language is the info string's first word
            String body = "## Core content\n\n" + COMPUTE + "```" + fence + "\nlr = 0.1   # the rate 0.1\ns = \"# 0.5 in a string\"\n"
                    + "print(eta)  # {{ eta ~ 0.0146 }}\nx = 0.25\n```\n";
            List<String> m = parse(body).messages();
            assertEquals(1, m.size(), fence + ": " + m);
            assertTrue(m.get(0).startsWith(lineOf(body, "lr = 0.1") + ":23 unchecked number 0.1 in a code comment"), m.get(0));
        }
    }

    @Test
    void textOutputAndUnlabelledFencesArePrintedOutputCheckedWhole() {
        for (String fence : List.of("text", "output", "")) {
            String body = "## Core content\n\n" + COMPUTE + "```" + fence + "\nloss 0.25 after {{ K }} steps, rate {{ eta ~ 0.0146 }}\n```\n";
            List<String> m = parse(body).messages();
            assertEquals(1, m.size(), fence + ": " + m);
            assertTrue(m.get(0).startsWith(lineOf(body, "loss 0.25") + ":6 unchecked number 0.25 in printed output"), m.get(0));
        }
    }

    @Test
    void valuesInACodeBlockBecomeChecksAndALiteralInMathTakesOnlyANumber() {
        Parsed p = parse("## Core content\n\n" + COMPUTE + "```python\nprint(eta)  # {{ eta ~ 0.0146 }} {{ literal 2024 }}\n```\n\n"
                + "Math: $x = {{ literal 0.5 }}$ and $y = {{ literal one half }}$.\n");
        assertEquals(1, p.lesson().content().refs().size(), "the code's value is an embed of the fragment");
        assertEquals("0.0146", p.lesson().content().refs().get(0).stated().text());
        assertEquals(1, p.messages().size(), p.messages().toString());
        assertTrue(p.messages().get(0).contains("{{ literal ... }} in math takes a number"), p.messages().get(0));
    }
}

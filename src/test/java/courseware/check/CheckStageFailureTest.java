package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Binding;
import courseware.model.LessonFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckStageFailureTest {
    @Test
    void aBugWhileCheckingOneLessonIsReportedThereAndTheOthersAreStillChecked() {
        Map<String, Fn> functions = new LinkedHashMap<>(Functions.all());
        functions.put("broken", new Fn("broken", List.of(), "always fails", args -> {
            throw new NullPointerException("simulated bug");
        }));
        Source a = new Source(Path.of("a.md"), "a.md", "x\n");
        Source b = new Source(Path.of("b.md"), "b.md", "x\n");
        LessonFile first = new LessonFile(a, List.of(), List.of(binding(a, "y", "broken()")), List.of(), List.of());
        LessonFile second = new LessonFile(b, List.of(), List.of(binding(b, "z", "1 +")), List.of(), List.of());

        Diagnostics diagnostics = new Diagnostics();
        CheckStage stage = new CheckStage(functions, new WorkBudget()); // a build checks each lesson with one stage
        for (LessonFile file : List.of(first, second)) stage.check(file, diagnostics);

        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals("a.md:1:1", all.get(0).pos().toString());
        assertTrue(all.get(0).message().startsWith("internal error while checking this lesson: java.lang.NullPointerException: simulated bug at "),
                all.get(0).message());
        assertTrue(all.get(0).message().endsWith("please report it with this file (the rest of the run went on)"), all.get(0).message());
        assertEquals("b.md", all.get(1).pos().source().displayPath(), "the second lesson was still checked");
    }

    private static Binding binding(Source source, String name, String expression) {
        return new Binding(name, expression, false, source.pos(1, 1), source.pos(1, 1));
    }
}

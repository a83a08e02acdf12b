package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Severity;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.pipeline.Checking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mutation test of the real content: for every checked answer, changing the last digit the
 * author wrote must make the check fail at that answer's line. A survivor means an answer whose
 * tolerance is too loose to catch a typo, or a number the engine does not really check.
 */
class ContentMutationTest {

    @TestFactory
    Stream<DynamicTest> everyCheckedAnswerFailsWhenItsLastDigitChanges() throws IOException {
        Content content = new ContentLoader().load(Path.of("content"), new courseware.diag.Diagnostics());
        Diagnostics original = new Diagnostics();
        CheckResults results = new Checking().content(content, original).checks();
        assertEquals(List.of(), original.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList(),
                "the unchanged content passes");

        List<DynamicTest> tests = new ArrayList<>();
        for (Checked c : results.all()) {
            if (!c.stated() || !c.display().matches(".*\\d.*")) continue;
            Source source = c.pos().source();
            int offset = source.lineStart(c.pos().line()) + c.pos().col() - 1;
            String written = source.text().substring(offset, Math.min(source.text().length(), offset + c.display().length()));
            int last = lastDigit(c.display());
            char digit = c.display().charAt(last);
            char changed = (char) ('0' + (digit - '0' + 1) % 10);
            String name = c.pos() + " " + c.display() + " -> " + c.display().substring(0, last) + changed + c.display().substring(last + 1);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertEquals(c.display(), written, "the stated text sits at its position");
                String text = source.text();
                String mutated = text.substring(0, offset + last) + changed + text.substring(offset + last + 1);
                Source mutant = new Source(source.path(), source.displayPath(), mutated);
                Diagnostics d = new Diagnostics();
                new Checking().content(new Content(content.courseFile(), List.of(mutant)), d);
                List<Diagnostic> killed = d.sorted().stream()
                        .filter(x -> x.severity() == Severity.ERROR && x.pos().line() == c.pos().line() && x.message().startsWith("stated "))
                        .toList();
                assertTrue(!killed.isEmpty(), "mutant survived: " + name);
            }));
        }
        assertTrue(tests.size() >= 100, "the content states many checked answers, found " + tests.size());
        return tests.stream();
    }

    private static int lastDigit(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (Character.isDigit(s.charAt(i))) return i;
        throw new IllegalArgumentException(s);
    }
}

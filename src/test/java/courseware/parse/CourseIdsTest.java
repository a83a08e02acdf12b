package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson and planned ids: one rule, checked at the id, and no two that name one file. */
class CourseIdsTest {
    private static final String COURSE = "title: T\nmodules:\n  - id: m\n    title: M\n";

    private static List<String> problems(String course, String... lessons) {
        Diagnostics d = new Diagnostics();
        List<Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.length; i++) {
            String name = "l" + i + ".md";
            sources.add(new Source(Path.of(name), name, "---\n" + lessons[i]
                    + "\ntitle: T\nmodule: m\norder: 1\n---\n\n## Learning objectives\n\n- One.\n\n## Core content\n\nText.\n"));
        }
        new Checking().content(new Content(new Source(Path.of("course.yml"), "course.yml", course), sources), d);
        return d.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aTooLongIdIsAContentErrorAtTheId() {
        assertEquals(List.of("l0.md:2:5: error: id '" + "x".repeat(30) + "...' is 300 characters long; ids become file names, so at most 64"),
                firstLines(problems(COURSE, "id: " + "x".repeat(300))));
    }

    @Test
    void idsThatDifferOnlyInCaseCollideAtTheSecondNamingTheFirst() {
        assertEquals(List.of("l1.md:2:5: error: lesson id 'a-1' differs from 'A-1' (l0.md:2) only in letter case; their pages"
                + " would be one file on case-insensitive file systems (macOS, Windows): choose another id"),
                firstLines(problems(COURSE, "id: A-1", "id: a-1")));
    }

    @Test
    void aPlannedIdIsCheckedByTheSameRuleAtItsEntry() {
        assertEquals(List.of("course.yml:7:9: error: planned lesson id 'p.' may use only letters, digits, '-' and '.',"
                + " must start and end with a letter or digit, and may not contain '..'"),
                firstLines(problems(COURSE + "planned:\n  - title: P\n    id: p.\n")));
    }

    @Test
    void aPlannedIdThatIsWrittenIsAnError() {
        assertEquals(List.of("course.yml:8:9: error: planned lesson 'a' is already written (l0.md:2); remove it from 'planned'"),
                firstLines(problems(COURSE + "planned:\n  - id: b\n    title: B\n  - id: a\n    title: A\n", "id: a")));
    }

    @Test
    void aPlannedIdThatDiffersFromAWrittenOneOnlyInCaseIsAnError() {
        assertEquals(List.of("course.yml:6:9: error: planned lesson 'A' differs from lesson 'a' (l0.md:2) only in letter case;"
                + " if that is the lesson, remove it from 'planned'"),
                firstLines(problems(COURSE + "planned:\n  - id: A\n    title: A\n", "id: a")));
    }

    private static List<String> firstLines(List<String> messages) {
        return messages.stream().map(s -> s.lines().findFirst().get()).toList();
    }
}

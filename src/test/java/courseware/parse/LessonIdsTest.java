package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one id rule: ids become file names, so short, plain and nothing a file system treats specially. */
class LessonIdsTest {
    @Test
    void acceptsTheIdsCoursesUse() {
        for (String id : new String[] {"14-10", "01-01", "a", "A-1", "intro.2", "x".repeat(LessonIds.MAX_LENGTH), "console", "con-1"}) {
            assertEquals(Optional.empty(), LessonIds.problem(id), id);
        }
    }

    @Test
    void refusesWhatWouldBeABadFileName() {
        for (String id : new String[] {"-a", ".a", "a.", "a-", "a..b", "a b", "a/b", "a\\b", "é", "a_b", "", "..",
                "x".repeat(LessonIds.MAX_LENGTH + 1), "con", "NUL", "com1", "lpt9.notes"}) {
            assertTrue(LessonIds.problem(id).isPresent(), id);
        }
    }

    @Test
    void aLongIdIsNamedByItsLengthAndShownCut() {
        String id = "x".repeat(300);
        assertEquals("is 300 characters long; ids become file names, so at most 64", LessonIds.problem(id).orElseThrow());
        assertEquals("x".repeat(30) + "...", LessonIds.shown(id));
    }
}

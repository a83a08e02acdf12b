package courseware.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Severity;
import courseware.pipeline.Checking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's course is a valid course whose copies share no expression, or its figures mean nothing. */
class ClonedCourseTest {

    @Test
    void copiesLinkWithinThemselvesAndShareNoMath(@TempDir Path dir) throws IOException {
        int lessons = 9; // a whole copy of content/ and part of a second one
        ClonedCourse.write(Path.of("content"), lessons, dir);
        Checking.Folder parsed = new Checking().folder(dir);
        assertEquals(lessons, parsed.lessons().size());
        assertEquals(List.of(), parsed.diagnostics().sorted().stream().filter(x -> x.severity() == Severity.ERROR).toList());
        assertTrue(parsed.course().isPresent());
        Set<String> first = new HashSet<>();
        Set<String> second = new HashSet<>();
        parsed.files().forEach(f -> f.markups().forEach(m -> m.math().forEach(s ->
                (f.source().displayPath().contains("c0000-") ? first : second).add(s.tex()))));
        assertTrue(!second.isEmpty() && second.stream().noneMatch(first::contains), "no expression of copy 1 is one of copy 0");
        assertTrue(Files.readString(dir.resolve("course.yml")).contains("modules:"));
    }
}

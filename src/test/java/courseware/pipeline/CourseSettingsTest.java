package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yml's site settings: the pages' language, the published address (canonical links, sitemap), shared TeX macros. */
class CourseSettingsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

    @TempDir Path tmp;

    private Path course(String settings) throws IOException {
        Path content = TestContent.copy(FIXTURE, tmp.resolve("content"));
        Path yml = content.resolve("course.yml");
        Files.writeString(yml, Files.readString(yml).replace("title: Fixture Course\n", "title: Fixture Course\n" + settings));
        Path lesson = content.resolve("01-fixture.md");
        Files.writeString(lesson, Files.readString(lesson).replace("with $x^2$ inline.", "with $x^2$ inline and $\\Rset^{2}$ by a macro."));
        return content;
    }

    private BuildReport build(Path content) throws IOException {
        return Build.writeOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true));
    }

    private List<String> errors(BuildReport report) {
        return report.diagnostics().sorted().stream()
                .map(d -> d.pos().source().path().getFileName() + ":" + d.pos().line() + ": " + d.message()).toList();
    }

    @Test
    void languageAddressAndMacrosReachThePages() throws IOException {
        BuildReport report = build(course("language: de-CH\nurl: https://courses.example.org/fixture\nmacros:\n  \"\\\\Rset\": \"\\\\mathbb{R}\"\n"));
        assertEquals(List.of(), errors(report));
        String lesson = Files.readString(tmp.resolve("site/lessons/01-01.html"));
        assertTrue(lesson.startsWith("<!DOCTYPE html>\n<html lang=\"de-CH\">"), lesson.substring(0, 80));
        assertTrue(lesson.contains("<link rel=\"canonical\" href=\"https://courses.example.org/fixture/lessons/01-01.html\">"));
        assertTrue(lesson.contains("mathvariant=\"double-struck\">R</mi>"), "\\Rset expanded to \\mathbb{R} by KaTeX");
        String sitemap = Files.readString(tmp.resolve("site/sitemap.xml"));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://courses.example.org/fixture/index.html</loc></url>
                  <url><loc>https://courses.example.org/fixture/glossary.html</loc></url>
                  <url><loc>https://courses.example.org/fixture/lessons/01-01.html</loc></url>
                </urlset>
                """, sitemap);
    }

    @Test
    void withoutThemTheDefaultsHold() throws IOException {
        Path content = TestContent.copy(FIXTURE, tmp.resolve("content"));
        assertEquals(List.of(), errors(build(content)));
        String index = Files.readString(tmp.resolve("site/index.html"));
        assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertFalse(index.contains("rel=\"canonical\""));
        assertFalse(Files.exists(tmp.resolve("site/sitemap.xml")));
    }

    @Test
    void anUndefinedMacroIsALatexErrorAtItsPlace() throws IOException {
        List<String> errors = errors(build(course("")));
        assertEquals(List.of("01-fixture.md:11: LaTeX error: Undefined control sequence: \\Rset"), errors);
    }

    @Test
    void badSettingsAreErrorsAtTheirLines() throws IOException {
        List<String> errors = errors(build(course("language: english please\nurl: ftp://example.org/x\nmacros:\n  R: \"\\\\mathbb{R}\"\n  \"\\\\E\": \"\"\n")));
        assertEquals(List.of(
                "01-fixture.md:11: LaTeX error: Undefined control sequence: \\Rset",
                "course.yml:2: language 'english please' is not a language tag such as en, de or pt-BR",
                "course.yml:3: url 'ftp://example.org/x' must start with https:// or http://",
                "course.yml:5: macro name 'R' must be a backslash and a name, such as \\R (in double quotes: \"\\\\R\")",
                "course.yml:6: macro \\E needs an expansion, such as \"\\\\mathbb{R}\""), errors);
    }

    @Test
    void changingTheMacrosRetypesetsTheLessons() throws IOException {
        Path content = course("macros:\n  \"\\\\Rset\": \"\\\\mathbb{R}\"\n");
        try (Build build = new Build(new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true))) {
            assertEquals(List.of(), errors(build.write()));
            assertTrue(Files.readString(tmp.resolve("site/lessons/01-01.html")).contains("double-struck"));
            Path yml = content.resolve("course.yml");
            Files.writeString(yml, Files.readString(yml).replace("\\\\mathbb{R}", "\\\\mathcal{R}"));
            BuildReport again = build.write();
            assertEquals(List.of(), errors(again));
            assertEquals(1, again.counts().lessons() - again.counts().lessonsReused(), "the lesson is typeset anew with the new macros");
            assertTrue(Files.readString(tmp.resolve("site/lessons/01-01.html")).contains("mathvariant=\"script\""));
        }
    }
}

package courseware.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.CheckedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme is templates/ packaged in the tool; a course's own folder overrides it file by file. */
class ThemeTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

    @TempDir Path tmp;

    private static SortedMap<String, byte[]> render(Theme theme) throws Exception {
        CheckedContent content = CheckedContent.of(FIXTURE);
        return new SiteRenderer(theme).render(content.course(), (s, c) -> "<m></m>", content.checks());
    }

    @Test
    void theBuiltInThemeIsThisRepositorysTemplatesFolder() throws IOException {
        SortedMap<String, byte[]> folder = new TreeMap<>();
        Path templates = Path.of("templates");
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                folder.put(templates.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        SortedMap<String, byte[]> builtIn = Theme.builtInFiles();
        assertEquals(folder.keySet(), builtIn.keySet());
        folder.forEach((name, bytes) -> assertArrayEquals(bytes, builtIn.get(name), name));
    }

    @Test
    void withoutAFolderEverythingComesFromTheTool() throws Exception {
        Theme theme = Theme.overlaidBy(tmp.resolve("no-such-folder"));
        assertTrue(theme.overrides().isEmpty());
        SortedMap<String, byte[]> site = render(theme);
        assertArrayEquals(Theme.builtInFiles().get("assets/nav.js"), site.get("assets/nav.js"));
        assertTrue(site.containsKey("lessons/01-01.html") && site.containsKey("index.html") && site.containsKey("glossary.html"));
    }

    @Test
    void aFileOfTheSameNameWinsAndTheRestIsBuiltIn() throws Exception {
        Path own = Files.createDirectories(tmp.resolve("templates/assets"));
        Files.writeString(tmp.resolve("templates/lesson.ftlh"), new String(Theme.builtInFiles().get("lesson.ftlh"), StandardCharsets.UTF_8)
                .replace("<@layout.frame>", "<@layout.frame><!-- own lesson template -->"));
        Files.writeString(own.resolve("style.css"), "body { color: teal; }\n");
        Files.writeString(own.resolve("extra.svg"), "<svg/>");
        SortedMap<String, byte[]> site = render(Theme.overlaidBy(tmp.resolve("templates")));
        assertTrue(new String(site.get("lessons/01-01.html"), StandardCharsets.UTF_8).contains("<!-- own lesson template -->"),
                "the course's lesson template");
        assertFalse(new String(site.get("index.html"), StandardCharsets.UTF_8).contains("own lesson template"));
        assertEquals("body { color: teal; }\n", new String(site.get("assets/style.css"), StandardCharsets.UTF_8));
        assertEquals("<svg/>", new String(site.get("assets/extra.svg"), StandardCharsets.UTF_8), "a new asset is copied too");
        assertArrayEquals(Theme.builtInFiles().get("assets/quiz.js"), site.get("assets/quiz.js"), "what is not overridden is built in");
    }

    @Test
    void aBrokenOverrideIsReportedAtItsOwnPlace() throws Exception {
        Path own = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(own.resolve("index.ftlh"), "<h1>\n  ${course.nosuchfield}</h1>");
        IOException e = assertThrows(IOException.class, () -> render(Theme.overlaidBy(own)));
        assertTrue(e.getMessage().startsWith(own.resolve("index.ftlh") + ":2:5: template error: "), e.getMessage());
        Files.writeString(own.resolve("index.ftlh"), "<#if>");
        IOException syntax = assertThrows(IOException.class, () -> new SiteRenderer(Theme.overlaidBy(own)).validate());
        assertTrue(syntax.getMessage().startsWith(own.resolve("index.ftlh") + ":1:"), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("template syntax error"), syntax.getMessage());
    }
}

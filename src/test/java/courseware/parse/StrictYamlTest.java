package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML values are what they are written as: no coercion to whole numbers, no tags acted on. */
class StrictYamlTest {
    private static final String COURSE = "title: T\nmodules:\n  - id: m\n    title: M\n";
    private static final String BODY = "\n## Learning objectives\n\n- One.\n\n## Core content\n\nText.\n";

    private static List<Diagnostic> problems(String course, String... lessons) {
        Diagnostics d = new Diagnostics();
        List<Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < lessons.length; i++) {
            sources.add(new Source(Path.of("l" + i + ".md"), "l" + i + ".md", lessons[i]));
        }
        new Checking().content(new Content(new Source(Path.of("course.yml"), "course.yml", course), sources), d);
        return d.sorted();
    }

    private static String lesson(String frontMatter) {
        return "---\n" + frontMatter + "\n---\n" + BODY;
    }

    private static String only(List<Diagnostic> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).pos().line() + ":" + problems.get(0).pos().col() + " " + problems.get(0).message();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "1e3", "\"3\"", "'3'", "true", "[1]"})
    void orderMustBeWrittenAsAWholeNumber(String order) {
        assertEquals("5:8 'order' must be a whole number", only(problems(COURSE, lesson("id: a\ntitle: T\nmodule: m\norder: " + order))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999", "-99999999999", "99999999999999999999999"})
    void aWholeNumberTooLargeIsAnErrorAtTheNumber(String order) {
        assertEquals("5:8 'order' must be a whole number from -2147483648 to 2147483647",
                only(problems(COURSE, lesson("id: a\ntitle: T\nmodule: m\norder: " + order))));
    }

    @Test
    void numbersStillReadAsTextWhereTextIsExpected() {
        assertEquals(List.of(), problems(COURSE + "planned:\n  - id: 1502\n    title: 2024\n",
                lesson("id: 1401\ntitle: 1.5\nmodule: m\norder: 1\nminutes: 10\nprerequisites: [1502]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!binary aGVsbG8=", "!!str hello", "!!java.lang.Runtime x",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.org/\"]]]]",
            "!local x", "! x", "!<tag:example.org,2000:x> x", "&anchor !!binary aGVsbG8="})
    void anExplicitTagIsRefusedAtTheTagAndNothingIsDecoded(String title) {
        String message = only(problems(COURSE, lesson("id: a\ntitle: " + title + "\nmodule: m\norder: 1")));
        assertTrue(message.startsWith("3:8 YAML tag '!") && message.contains("' is not accepted"), message);
        assertFalse(message.contains("hello"), message);
    }

    @Test
    void theTagIsQuotedAsWritten() {
        assertTrue(only(problems(COURSE, lesson("id: a\ntitle: !!binary aGVsbG8=\nmodule: m\norder: 1")))
                .startsWith("3:8 YAML tag '!!binary' is not accepted"));
        assertTrue(only(problems(COURSE, lesson("id: a\ntitle: T\nmodule: m\norder: 1\nprerequisites: [&p !x b]")))
                .startsWith("6:17 YAML tag '!x' is not accepted"));
        assertTrue(only(problems(COURSE, lesson("id: a\ntitle: !<tag:example.org,2000:x> T\nmodule: m\norder: 1")))
                .startsWith("3:8 YAML tag '!<tag:example.org,2000:x>' is not accepted"));
    }

    @Test
    void tagsAreRefusedOnKeysCollectionsAndInCourseYmlToo() {
        assertTrue(only(problems(COURSE, lesson("id: a\n!!str title: T\nmodule: m\norder: 1"))).startsWith("3:1 YAML tag '!!str'"));
        assertTrue(only(problems(COURSE, lesson("id: a\ntitle: T\nmodule: m\norder: 1\nprerequisites: !!set {b, c}")))
                .startsWith("6:16 YAML tag '!!set'"));
        assertTrue(only(problems("title: !!binary VA==\nmodules:\n  - id: m\n    title: M\n")).startsWith("1:8 YAML tag '!!binary'"));
    }

    @Test
    void aTagInAQuizBlockIsRefusedAtItsLine() {
        String quiz = "\n## Quiz\n\n```quiz\nkind: single\nprompt: !!binary V2hpY2g/\noptions:\n"
                + "  - text: A\n    correct: true\n    feedback: Yes.\n  - text: B\n    feedback: No.\n```\n";
        assertEquals("20:9 YAML tag '!!binary' is not accepted: lesson YAML is plain keys, text, numbers and lists;"
                + " remove the tag and write the text itself",
                only(problems(COURSE, "---\nid: a\ntitle: T\nmodule: m\norder: 1\n---\n" + BODY + quiz)));
    }
}

package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {
    /** Targets a browser would run or open as a document: each spelled as the hardening report found them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)", "&#106;avascript:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;script:alert(1)", "\u0001javascript:alert(1)", " \u0000javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)", "VBScript:x",
        "data:text/html,<script>alert(1)</script>", "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
        "ftp://example.org", "jav\u0001ascript:alert(1)", "java&Tab;script:alert(1)", "java&NewLine;script:alert(1)",
    })
    void refusesEverySchemeOutsideTheAllowList(String url) {
        assertTrue(LinkPolicy.problem(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG", "mailto:someone@example.org", "#section",
        "other.html", "../lessons/14-07.html#quiz", "/absolute/path", "?q=1", "", "java%73cript:alert(1)",
    })
    void allowsWebLinksMailAndLinksInsideTheSite(String url) {
        assertEquals(Optional.empty(), LinkPolicy.problem(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jav&#x61;script:x", "\u0001javascript:x", "java\tscript:x"})
    void namesTheSchemeTheBrowserWouldSee(String url) {
        String problem = LinkPolicy.problem(url).orElseThrow();
        assertTrue(problem.contains("'javascript:'") || problem.contains("control character"), problem);
    }
}

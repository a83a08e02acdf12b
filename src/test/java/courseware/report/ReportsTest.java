package courseware.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.pipeline.BuildOptions;
import courseware.pipeline.BuildReport;
import courseware.pipeline.Build;
import courseware.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {
    static BuildReport failing;
    static BuildReport passing;

    @BeforeAll
    static void run() throws Exception {
        failing = Build.checkOnce(options("src/test/resources/errors/checks/content"));
        passing = Build.checkOnce(options("src/test/resources/fixtures/checks"));
    }

    private static BuildOptions options(String content) {
        return new BuildOptions(Path.of(content), Path.of("templates"), Path.of("unused"), Golden.testCache(), true);
    }

    @Test
    void junitHasOneCasePerCheckedAnswerAndFailsTheWrongOnes() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JUnitReport.render(failing).getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        long answers = failing.checks().answers();
        assertEquals(answers + 1, cases.getLength(), "each checked answer, plus the file's other problems");
        int failed = 0;
        boolean sawCosine = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            NodeList failures = c.getElementsByTagName("failure");
            if (failures.getLength() > 0) {
                failed++;
                String message = ((Element) failures.item(0)).getAttribute("message");
                sawCosine |= message.equals("stated 0.0164 but the engine gives 0.014644660940672627; accepted [0.01635, 0.01645)");
            }
        }
        assertTrue(sawCosine);
        Element root = xml.getDocumentElement();
        assertEquals(String.valueOf(cases.getLength()), root.getAttribute("tests"));
        assertEquals(String.valueOf(failed), root.getAttribute("failures"));
    }

    @Test
    void junitOfACleanRunHasNoFailures() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JUnitReport.render(passing).getBytes(StandardCharsets.UTF_8)));
        assertEquals("0", xml.getDocumentElement().getAttribute("failures"));
        assertEquals(String.valueOf(passing.checks().answers()), xml.getDocumentElement().getAttribute("tests"));
        assertTrue(passing.checks().answers() >= 6);
    }

    @Test
    void jsonListsDiagnosticsAndChecks() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(failing));
        assertFalse(json.get("ok").asBoolean());
        assertEquals(failing.diagnostics().errorCount(), json.get("errors").asLong());
        JsonNode first = json.get("diagnostics").get(0);
        assertEquals("src/test/resources/errors/checks/content/a.md", first.get("file").asText());
        assertTrue(first.get("line").asInt() > 0);
        boolean wrong = false;
        for (JsonNode c : json.get("checks")) {
            wrong |= c.get("display").asText().equals("0.0164") && !c.get("passed").asBoolean()
                    && c.get("engine").asText().equals("0.014644660940672627");
        }
        assertTrue(wrong);
    }

    /** The written-precision rule for 0.0146 accepts [0.01455, 0.01465): bounds as exact decimals, ends typed. */
    @Test
    void jsonCarriesExactIntervalBounds() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(passing));
        JsonNode found = null;
        for (JsonNode c : json.get("checks")) if (c.get("display").asText().equals("0.0146")) found = c;
        assertTrue(found != null, "the fixture states 0.0146");
        JsonNode interval = found.get("intervals").get(0);
        assertEquals("0.01455", interval.get("low").asText());
        assertTrue(interval.get("lowInclusive").asBoolean());
        assertEquals("0.01465", interval.get("high").asText());
        assertFalse(interval.get("highInclusive").asBoolean());
    }

    @Test
    void githubAnnotationsEscapeTheirData() {
        Diagnostics d = new Diagnostics();
        Source s = new Source(Path.of("a,b.md"), "content/a,b.md", "x\n");
        d.error(s.pos(1, 1), "50% wrong:\nsee here");
        StringWriter out = new StringWriter();
        GithubAnnotations.print(d, new PrintWriter(out));
        assertEquals("::error file=content/a%2Cb.md,line=1,col=1::50%25 wrong:%0Asee here\n", out.toString());
    }
}

package courseware.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The QTI package: valid against the IMS schemas, numeric bounds written exactly, the same bytes twice, a golden copy. */
class QtiExportTest {
    @TempDir Path tmp;

    @Test
    void theRealContentExportsAndEveryFileValidates() throws Exception {
        ExportSupport.Run run = ExportSupport.run(ExportSupport.CONTENT, ExportFormat.QTI, false, tmp);
        assertFalse(run.diagnostics().hasErrors(), () -> run.diagnostics().sorted().toString());
        long questions = run.quiz().lessons().stream().mapToLong(l -> l.items().size()).sum();
        assertEquals(questions, run.qti().keySet().stream().filter(k -> k.startsWith("items/")).count());
        ExportSupport.validatePackage(run.qti());
    }

    @Test
    void theFixtureValidatesAndMatchesItsGoldenCopy() throws Exception {
        ExportSupport.Run run = ExportSupport.run(ExportSupport.FIXTURE, ExportFormat.QTI, false, tmp);
        ExportSupport.validatePackage(run.qti());
        String all = run.qti().entrySet().stream()
                .map(e -> "==> " + e.getKey() + "\n" + new String(e.getValue(), StandardCharsets.UTF_8) + "\n")
                .collect(Collectors.joining());
        Golden.assertMatches(Path.of("src/test/resources/golden/export/basic-qti.txt"), all);
    }

    @Test
    void numericBoundsAreExplicitComparisonsOfTheExactEnds() throws Exception {
        ExportSupport.Run run = ExportSupport.run(ExportSupport.FIXTURE, ExportFormat.QTI, false, tmp);
        String item = new String(run.qti().get("items/L01-01-Q3.xml"), StandardCharsets.UTF_8);
        // 0.8 as written accepts [0.75, 0.85)
        assertTrue(item.contains("<gte><variable identifier=\"RESPONSE\"></variable><baseValue baseType=\"float\">0.75</baseValue></gte>")
                || item.contains("<gte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">0.75</baseValue></gte>"), item);
        assertTrue(item.contains(">0.85</baseValue></lt>"), item);
        assertFalse(item.contains("equalRounded") || item.contains("<equal"), item);
        assertTrue(item.contains("<math xmlns=\"" + Prose.MATHML + "\""), item);
    }

    @Test
    void theSameCourseGivesTheSameBytes() throws Exception {
        Exportable.Quiz unused = null;
        assertEquals(null, unused);
        byte[] one = zip(ExportSupport.run(ExportSupport.FIXTURE, ExportFormat.QTI, false, tmp.resolve("1")).qti());
        byte[] two = zip(ExportSupport.run(ExportSupport.FIXTURE, ExportFormat.QTI, false, tmp.resolve("2")).qti());
        assertTrue(java.util.Arrays.equals(one, two));
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        return files.toString().getBytes(StandardCharsets.UTF_8).length == 0 ? new byte[0]
                : String.join("\n", files.entrySet().stream().map(e -> e.getKey() + new String(e.getValue(), StandardCharsets.UTF_8)).toList())
                        .getBytes(StandardCharsets.UTF_8);
    }

    static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }
}

package courseware.export;

import static org.junit.jupiter.api.Assertions.assertFalse;

import courseware.diag.Diagnostics;
import courseware.pipeline.Build;
import courseware.pipeline.BuildOptions;
import courseware.pipeline.BuildReport;
import courseware.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Shared by the export tests: a checked course's quiz as the exporters read it, the QTI schemas, unzipping. */
final class ExportSupport {
    private ExportSupport() {}

    static final Path CONTENT = Path.of("content");
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");
    /** A course whose questions vary: each variant is exported as a question of its own. */
    static final Path VARIANTS = Path.of("src/test/resources/fixtures/variants/content");

    /** What one export of a course that passes its checks gives: the quiz as read, the files, notes and refusals. */
    record Run(Exportable.Quiz quiz, Map<String, byte[]> qti, byte[] moodle, List<Export.Note> notes, Diagnostics diagnostics) {}

    static Run run(Path content, ExportFormat format, boolean closedEnds, Path tmp) throws IOException {
        Run[] run = {null};
        BuildOptions options = new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), false);
        BuildReport report;
        try (Build build = new Build(options)) {
            report = build.export(course -> {
                Diagnostics d = new Diagnostics();
                Exportable.Quiz quiz = Exportable.read(format, course, List.of(), d);
                List<Export.Note> notes = new java.util.ArrayList<>();
                Map<String, byte[]> qti = format == ExportFormat.QTI ? QtiPackage.files(quiz, d) : Map.of();
                byte[] moodle = format == ExportFormat.MOODLE ? MoodleXml.write(quiz, closedEnds, d, notes) : null;
                run[0] = new Run(quiz, qti, moodle, notes, d);
            });
        }
        assertFalse(report.failed(), () -> report.diagnostics().sorted().toString());
        return run[0];
    }

    /** The QTI 2.1 schemas beside the checkout ({@code ../shared/schemas}); skipped when missing, failed on CI. */
    static Path schemas() {
        Path dir = Path.of("..", "shared", "schemas", "qti-2.1").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) Assertions.fail("QTI schemas missing at " + dir + " (CI keeps shared/ beside the clone)");
            Assumptions.abort("QTI schemas not found at " + dir);
        }
        return dir;
    }

    /** A validator's schema from local files only: every import resolves inside the folder, no network. */
    static Schema schema(Path xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        return f.newSchema(new StreamSource(xsd.toFile()));
    }

    static void validate(Schema schema, String name, byte[] xml) {
        try {
            var v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml), name));
        } catch (Exception e) {
            Assertions.fail(name + " does not validate: " + e.getMessage());
        }
    }

    /** Validates every file of a QTI package: the manifest against IMS CP 1.1, items and tests against QTI 2.1. */
    static void validatePackage(Map<String, byte[]> files) throws Exception {
        Path dir = schemas();
        Schema qti = schema(dir.resolve("qtiv2p1/imsqti_v2p1.xsd"));
        Schema cp = schema(dir.resolve("imscp_v1p1.xsd"));
        Assertions.assertTrue(files.containsKey("imsmanifest.xml"), files.keySet().toString());
        for (Map.Entry<String, byte[]> f : files.entrySet()) validate(f.getKey().equals("imsmanifest.xml") ? cp : qti, f.getKey(), f.getValue());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) files.put(e.getName(), in.readAllBytes());
        }
        return files;
    }
}

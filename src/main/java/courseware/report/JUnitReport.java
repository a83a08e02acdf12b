package courseware.report;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.diag.Diagnostic;
import courseware.diag.Severity;
import courseware.pipeline.BuildReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI systems read it: one suite per lesson file, one test case per checked answer
 * (failed when the engine disagrees), and one "content problems" case per file holding its other
 * errors, so no problem is missing from the report.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static void write(Path file, BuildReport report) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(BuildReport report) {
        Map<String, List<CheckResults.Case>> checksByFile = new TreeMap<>();
        Set<String> failedAt = new HashSet<>();
        for (CheckResults.Case outcome : report.checks().cases()) {
            Checked c = outcome.checked();
            if (!c.stated()) continue;
            checksByFile.computeIfAbsent(c.pos().source().displayPath(), k -> new ArrayList<>()).add(outcome);
            if (!c.passed()) failedAt.add(c.pos().toString());
        }
        Map<String, List<Diagnostic>> problemsByFile = new TreeMap<>();
        for (Diagnostic d : report.diagnostics().sorted()) {
            if (d.severity() == Severity.ERROR || report.strict()) {
                if (!failedAt.contains(d.pos().toString())) {
                    problemsByFile.computeIfAbsent(d.pos().source().displayPath(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        Set<String> files = new java.util.TreeSet<>(checksByFile.keySet());
        files.addAll(problemsByFile.keySet());

        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int tests = 0, failures = 0;
            for (String f : files) {
                tests += checksByFile.getOrDefault(f, List.of()).size() + (problemsByFile.containsKey(f) ? 1 : 0);
                failures += (int) checksByFile.getOrDefault(f, List.of()).stream().filter(c -> !c.checked().passed()).count()
                        + (problemsByFile.containsKey(f) ? 1 : 0);
            }
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "courseware");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeCharacters("\n");
            for (String f : files) suite(xml, f, checksByFile.getOrDefault(f, List.of()), problemsByFile.get(f));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void suite(XMLStreamWriter xml, String file, List<CheckResults.Case> checks, List<Diagnostic> problems)
            throws XMLStreamException {
        long failed = checks.stream().filter(c -> !c.checked().passed()).count() + (problems == null ? 0 : 1);
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", String.valueOf(checks.size() + (problems == null ? 0 : 1)));
        xml.writeAttribute("failures", String.valueOf(failed));
        xml.writeCharacters("\n");
        for (CheckResults.Case outcome : checks) {
            Checked c = outcome.checked();
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", file);
            xml.writeAttribute("name", c.pos().line() + ":" + c.pos().col() + " " + c.expression() + " ~ " + c.display()
                    + (outcome.variant() > 0 ? " [variant " + outcome.variant() + ": " + outcome.values() + "]" : ""));
            if (!c.passed()) {
                String message = "stated " + c.display() + " but the engine gives " + c.engineValue() + "; accepted " + c.accepted();
                xml.writeStartElement("failure");
                xml.writeAttribute("message", message);
                xml.writeCharacters(c.pos() + ": " + message + " (" + c.computation() + ")");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        if (problems != null) {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", file);
            xml.writeAttribute("name", "content problems");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
            StringBuilder text = new StringBuilder();
            for (Diagnostic d : problems) text.append(d.headline()).append('\n');
            xml.writeCharacters(text.toString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}

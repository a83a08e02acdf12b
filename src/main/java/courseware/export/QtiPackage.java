package courseware.export;

import courseware.diag.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The QTI 2.1 content package: {@code imsmanifest.xml} (IMS Content Packaging 1.1), {@code items/ID.xml} per question
 * and {@code tests/ID.xml} per lesson, zipped with entries sorted by name and one fixed time, so the same course gives
 * the same bytes.
 */
final class QtiPackage {
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private QtiPackage() {}

    /** The package's files by path; empty (and errors reported) when something was refused. */
    static Map<String, byte[]> files(Exportable.Quiz quiz, Diagnostics diagnostics) {
        Map<String, byte[]> files = new TreeMap<>();
        List<String[]> resources = new ArrayList<>(); // identifier, type, href, dependencies...
        boolean ok = true;
        for (Exportable.LessonQuiz lesson : quiz.lessons()) {
            String id = lesson.lesson().id();
            List<String> items = new ArrayList<>();
            Map<Integer, List<String>> byQuestion = new java.util.LinkedHashMap<>();
            for (Exportable.Item item : lesson.items()) {
                String itemId = QtiItem.identifier(id, item);
                byte[] xml = QtiItem.write(item, id, lesson.lesson().meta().title() + ", question " + item.label(), item.prose(), diagnostics);
                if (xml == null) {
                    ok = false;
                    continue;
                }
                files.put("items/" + itemId + ".xml", xml);
                items.add(itemId);
                byQuestion.computeIfAbsent(item.number(), n -> new ArrayList<>()).add(itemId);
            }
            if (items.isEmpty()) continue;
            String testId = "T-" + QtiItem.identifier(id, 0).replaceAll("-Q0$", "");
            files.put("tests/" + testId + ".xml", test(testId, lesson.lesson().meta().title(), byQuestion));
            List<String> res = new ArrayList<>(List.of(testId, "imsqti_test_xmlv2p1", "tests/" + testId + ".xml"));
            res.addAll(items);
            resources.add(res.toArray(String[]::new));
            for (String item : items) resources.add(new String[] {item, "imsqti_item_xmlv2p1", "items/" + item + ".xml"});
        }
        if (!ok) return Map.of();
        files.put("imsmanifest.xml", manifest(resources));
        return files;
    }

    static byte[] write(Exportable.Quiz quiz, Diagnostics diagnostics) {
        Map<String, byte[]> files = files(quiz, diagnostics);
        if (files.isEmpty()) return null;
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("zipping in memory failed", e);
        }
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
    }

    /**
     * One lesson's test: one part, one section holding its questions in quiz order; a varying question is a section of
     * its own that selects one of its variants for each candidate ({@code selection select="1"}).
     */
    private static byte[] test(String testId, String title, Map<Integer, List<String>> byQuestion) {
        return document(w -> {
            w.writeStartElement("assessmentTest");
            w.writeDefaultNamespace(QtiItem.QTI);
            w.writeNamespace("xsi", QtiItem.XSI);
            w.writeAttribute(QtiItem.XSI, "schemaLocation", QtiItem.QTI_LOCATION);
            w.writeAttribute("identifier", testId);
            w.writeAttribute("title", title);
            w.writeStartElement("testPart");
            w.writeAttribute("identifier", "P1");
            w.writeAttribute("navigationMode", "nonlinear");
            w.writeAttribute("submissionMode", "individual");
            w.writeStartElement("assessmentSection");
            w.writeAttribute("identifier", "S1");
            w.writeAttribute("title", title);
            w.writeAttribute("visible", "true");
            for (Map.Entry<Integer, List<String>> q : byQuestion.entrySet()) {
                if (q.getValue().size() == 1) {
                    itemRef(w, q.getValue().get(0));
                    continue;
                }
                w.writeStartElement("assessmentSection");
                w.writeAttribute("identifier", "S1-Q" + q.getKey());
                w.writeAttribute("title", title + ", question " + q.getKey());
                w.writeAttribute("visible", "false");
                w.writeEmptyElement("selection");
                w.writeAttribute("select", "1");
                for (String item : q.getValue()) itemRef(w, item);
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static void itemRef(XMLStreamWriter w, String item) throws XMLStreamException {
        w.writeEmptyElement("assessmentItemRef");
        w.writeAttribute("identifier", item);
        w.writeAttribute("href", "../items/" + item + ".xml");
    }

    private static byte[] manifest(List<String[]> resources) {
        return document(w -> {
            w.writeStartElement("manifest");
            w.writeDefaultNamespace(CP);
            w.writeNamespace("xsi", QtiItem.XSI);
            w.writeAttribute(QtiItem.XSI, "schemaLocation", CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
            w.writeAttribute("identifier", "MANIFEST-courseware");
            w.writeEmptyElement("organizations");
            w.writeStartElement("resources");
            for (String[] r : resources) {
                w.writeStartElement("resource");
                w.writeAttribute("identifier", r[0]);
                w.writeAttribute("type", r[1]);
                w.writeAttribute("href", r[2]);
                w.writeEmptyElement("file");
                w.writeAttribute("href", r[2]);
                for (int i = 3; i < r.length; i++) {
                    w.writeEmptyElement("dependency");
                    w.writeAttribute("identifierref", r[i]);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }
}

package courseware.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.FigureData;
import courseware.model.Figure;
import courseware.testing.CheckedContent;
import courseware.testing.Golden;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** One golden SVG per figure kind, from a fixture lesson that holds one figure of each. */
class FigureGoldenTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/figures");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/figures");
    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);

    /** The fixture's figures, checked, in document order. */
    record Drawn(Figure figure, FigureData data, String html) {
        String svg() {
            Matcher m = SVG.matcher(html);
            assertTrue(m.find(), "the figure holds an SVG");
            return m.group();
        }
    }

    static List<Drawn> drawFixture() throws Exception {
        CheckedContent content = CheckedContent.of(FIXTURE);
        CheckResults checks = content.checks();
        assertEquals(List.of(), content.diagnostics().sorted(), "the fixture is clean");
        List<Drawn> out = new ArrayList<>();
        content.files().forEach(f -> f.markups().forEach(m -> m.figures().forEach(fig -> {
            FigureData data = checks.figure(fig).orElseThrow();
            String html = FigureHtml.render(fig, data, ref -> checks.get(ref).map(Checked::display).orElseThrow(),
                    ref -> "<b>" + checks.get(ref).map(Checked::display).orElseThrow() + "</b>", "<p>caption</p>", "fig-" + fig.pos().line());
            out.add(new Drawn(fig, data, html));
        })));
        return out;
    }

    @Test
    void eachKindMatchesItsGoldenSvg() throws Exception {
        List<Drawn> figures = drawFixture();
        assertEquals(List.of(Figure.Kind.values()), figures.stream().map(f -> f.figure().kind()).toList(), "one figure of each kind");
        for (Drawn f : figures) Golden.assertMatches(GOLDEN.resolve(f.figure().kind().word() + ".svg"), f.svg() + "\n");
    }

    @Test
    void drawingIsDeterministic() throws Exception {
        List<Drawn> one = drawFixture(), two = drawFixture();
        for (int i = 0; i < one.size(); i++) assertEquals(one.get(i).html(), two.get(i).html());
    }

    /** Well-formed SVG, announced as an image with a title and a description, and small. */
    @Test
    void everyFigureIsAnAccessibleSmallImage() throws Exception {
        for (Drawn f : drawFixture()) {
            String svg = f.svg();
            assertTrue(svg.getBytes(StandardCharsets.UTF_8).length <= 30_000, f.figure().kind() + " is " + svg.length() + " bytes");
            org.w3c.dom.Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg))).getDocumentElement();
            assertEquals("img", root.getAttribute("role"));
            String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
            assertEquals("title", root.getElementsByTagName("title").item(0).getNodeName());
            assertEquals(labelledBy[0], ((org.w3c.dom.Element) root.getElementsByTagName("title").item(0)).getAttribute("id"));
            assertEquals(labelledBy[1], ((org.w3c.dom.Element) root.getElementsByTagName("desc").item(0)).getAttribute("id"));
            assertTrue(f.html().contains("<details class=\"fig-data\"><summary>Data table</summary>"), "a data table for screen readers");
            assertTrue(f.html().contains("<figcaption>"), "a caption");
            assertTrue(f.html().contains("</figcaption>\n</figure>\n<details class=\"fig-data\">"),
                    "the caption is the figure's last child (valid HTML), the data table follows the figure");
            assertTrue(!svg.contains("fill=\"#") && !svg.contains("stroke=\"#"), "colours come from CSS classes, never inline");
        }
    }

    @Test
    void marksAreListedWithTheirCheckedValues() throws Exception {
        Drawn descent = drawFixture().get(1);
        assertTrue(descent.html().contains("<th scope=\"row\">end <b>1.977</b></th>"), descent.html());
        assertTrue(descent.svg().contains(">end 1.977</text>"));
    }
}

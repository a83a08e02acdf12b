package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page built from the real content/ passes the W3C Nu HTML checker (the validator behind
 * validator.w3.org/nu, the {@code nu.validator:validator} library) with no error, run in-process and offline: its
 * HTML schemas are packaged in its jar, and no external entity is loaded.
 *
 * <p>No error is let through, KaTeX's MathML included (its known defects are repaired when typeset: courseware.math's
 * MathmlRepair).
 */
class ValidHtmlTest {
    private static final Path CONTENT = Path.of("content");
    /** The checker's full HTML schema, as its command line and web service use by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    @TempDir Path tmp;

    @Test
    void everyPageOfTheContentIsValidHtml() throws Exception {
        Path site = tmp.resolve("site");
        BuildReport report = Build.writeOnce(new BuildOptions(CONTENT, Path.of("templates"), site, Golden.testCache(), true));
        assertFalse(report.failed(), "the content builds");

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 9, "the index, the glossary and the lessons: " + pages);

        Problems problems = new Problems(site);
        // No log4j set-up (its output would go to the console), no URL logging, no language detection (a heuristic).
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, problems.schema());
        validator.setUpValidatorAndParsers(problems, false, false);

        // The checker is awake: the figure markup this test was written against (a data table after the caption,
        // inside the figure) is an error.
        Path old = tmp.resolve("site/old-figure.html");
        Files.writeString(old, "<!DOCTYPE html><html lang=\"en\"><title>t</title>\n"
                + "<figure><div>plot</div><figcaption>c</figcaption><details><summary>s</summary></details></figure>\n");
        validator.checkHtmlFile(old.toFile(), true);
        Files.delete(old);
        assertEquals(List.of("old-figure.html:2:58: Element \u201cdetails\u201d not allowed as child of element \u201cfigure\u201d in this context."
                + " (Suppressing further errors from this subtree.)"), problems.errors);
        problems.errors.clear();

        for (Path page : pages) validator.checkHtmlFile(page.toFile(), true);
        assertTrue(problems.errors.isEmpty(), pages.size() + " pages checked; the Nu HTML checker's errors:\n"
                + String.join("\n", problems.errors));
    }

    /** The checker's errors as page:line:col: message, pages relative to the site; its warnings are not errors. */
    private static final class Problems implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        private final Path site;

        Problems(Path site) {
            this.site = site;
        }

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            errors.add(where(e) + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(where(e) + ": fatal: " + e.getMessage());
        }

        private String where(SAXParseException e) {
            String page = e.getSystemId() == null ? "?" : e.getSystemId();
            if (page.startsWith("file:")) page = site.toUri().relativize(Path.of(java.net.URI.create(page)).toUri()).toString();
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        }

        /** A problem in the checker's own schema is a broken test set-up, never a page's fault. */
        ErrorHandler schema() {
            return new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            };
        }
    }
}

package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import courseware.model.Markup;
import org.junit.jupiter.api.Test;

class FragmentSanitizerTest {
    @Test
    void keepsWhatMarkdownProducesAndTheEmbedPlaceholders() {
        String html = "<p>A <em>b</em> <strong>c</strong> <code>d</code> " + Markup.placeholder(0) + " "
                + Markup.placeholder(1) + " <a href=\"#x\" title=\"t\">in page</a> <a href=\"../a.html\">rel</a>"
                + " <a href=\"https://example.org/?a=1&amp;b=2\">web</a></p>\n"
                + "<table class=\"table\">\n<thead>\n<tr><th align=\"left\">h</th></tr>\n</thead>\n</table>\n"
                + "<pre><code class=\"language-python\">x = 1\n</code></pre>\n<ol start=\"3\">\n<li>x</li>\n</ol>\n"
                + "<dl>\n<dt>T</dt>\n<dd>D</dd>\n</dl>\n<blockquote>\n<p>q</p>\n</blockquote>\n<hr />\n";
        assertEquals(html.replace("<hr />", "<hr>"), FragmentSanitizer.clean(html));
    }

    @Test
    void removesScriptEventHandlersAndForeignSchemes() {
        String html = "<p><a href=\"javascript:alert(1)\">a</a><a href=\"JaVaScRiPt:alert(1)\">b</a>"
                + "<a href=\"data:text/html,x\">c</a><span onclick=\"alert(1)\">d</span><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><iframe src=\"https://example.org\"></iframe>"
                + "<cw-embed i=\"0\" onmouseover=\"alert(1)\"></cw-embed></p>";
        String clean = FragmentSanitizer.clean(html);
        assertEquals("<p><a>a</a><a>b</a><a>c</a><span>d</span>" + Markup.placeholder(0) + "</p>", clean);
        assertFalse(clean.toLowerCase(java.util.Locale.ROOT).contains("alert"), clean);
    }
}

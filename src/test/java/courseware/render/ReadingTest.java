package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Key-term links: the quick search that rules terms out must never rule out one the pattern would link. */
class ReadingTest {
    private static String linked(String html, String term) {
        return Reading.process(html, new HashSet<>(), Map.of(Reading.key(term), "g.html#t")).html();
    }

    @Test
    void aTermIsLinkedInAnyCaseAndPlural() {
        assertEquals("<p>Two <a class=\"term\" href=\"g.html#t\">SADDLE POINTS</a> here.</p>",
                linked("<p>Two SADDLE POINTS here.</p>", "saddle point"));
    }

    @Test
    void charactersTheCaseInsensitivePatternEquatesAreNotRuledOut() {
        // U+017F (long s) and U+212A (Kelvin sign) match 's' and 'k' under UNICODE_CASE; the fold must agree.
        for (String text : new String[] {"ſaddle", "Kink", "\u212Aink", "ЛИНИЯ"}) {
            String term = text.equals("ЛИНИЯ") ? "линия" : text.startsWith("ſ") ? "saddle" : "kink";
            assertEquals(Reading.wordPattern(Reading.key(term)).matcher(text).find(),
                    Reading.fold(text).contains(Reading.fold(Reading.key(term))), text);
            assertEquals("<p><a class=\"term\" href=\"g.html#t\">" + text + "</a></p>", linked("<p>" + text + "</p>", term), text);
        }
    }

    @Test
    void aTextWithoutTheTermIsLeftAsItIs() {
        assertEquals("<p>Nothing to link.</p>", linked("<p>Nothing to link.</p>", "saddle point"));
    }
}

package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A computed value shown without a format is written as a person writes it: 12 significant digits, no float noise. */
class ShownValueTest {

    @Test
    void computedNumbersAndVectorsAreShownAtTwelveSignificantDigits() {
        String lesson = """
                ---
                id: f
                title: F
                module: m
                order: 1
                ---

                ## Learning objectives

                - One.

                ## Core content

                ```compute
                given a = 1.1
                given b = 2.3
                s = a + b
                r = cosine_decay(0.1, 1000, 750)
                big = 2^40 + 0.5
                v = (a + b, 0.1 * 3)
                ```

                Shown: {{ s }}, {{ r }}, {{ big }}, {{ v }}, {{ s; dp 3 }}.
                """;
        Checking.Lesson checked = new Checking().lesson(new Source(Path.of("f.md"), "f.md", lesson));
        Diagnostics d = checked.diagnostics();
        List<Checked> all = checked.checks().all().stream()
                .sorted(Comparator.comparing((Checked c) -> c.pos().col())).toList();
        assertEquals(List.of(), d.sorted());
        // 1.1 + 2.3 is 3.4000000000000004 as a double; cosine decay at 750 of 1000 from 0.1 is 0.014644660940672627;
        // 2^40 + 0.5 = 1099511627776.5 has 14 significant digits, so 12 of them read 1099511627780.
        assertEquals(List.of("3.4", "0.0146446609407", "1099511627780", "(3.4, 0.3)", "3.400"),
                all.stream().map(Checked::display).toList());
    }
}

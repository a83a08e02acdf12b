package courseware.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a written number, shared by stated answers and the learner's typed entry (the
 * page's grader mirrors it): digits with an optional sign, decimal point and exponent; the minus may
 * be U+2212. Its value is exact, so nothing is lost before an interval is compared.
 */
public final class Numeral {
    private static final Pattern SHAPE = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");

    private Numeral() {}

    public static Optional<BigDecimal> read(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().replace('\u2212', '-');
        if (t.startsWith("+")) t = t.substring(1);
        if (t.length() > 60 || !SHAPE.matcher(t).matches()) return Optional.empty();
        return Optional.of(new BigDecimal(t));
    }
}

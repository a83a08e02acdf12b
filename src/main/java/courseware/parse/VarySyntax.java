package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Numeral;
import courseware.model.Variation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what varies in an item, one declaration per line ({@code #} starts a comment), the same lines in a
 * {@code vary} block and in a quiz question's {@code vary} key:
 * <pre>
 * variants 12
 * k in 250..750 step 50
 * eta0 in [0.05, 0.1, 0.2]
 * require eta0 &lt; 2/L
 * </pre>
 * Each problem is an error at its own column; a declaration with any problem is dropped whole ({@link Variation#NONE}).
 */
final class VarySyntax {
    private static final Pattern VARIANTS = Pattern.compile("variants\\s+(\\S+)\\s*");
    private static final Pattern REQUIRE = Pattern.compile("require\\s+(.*\\S)\\s*");
    private static final Pattern VARY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s+in\\s+(.*\\S)\\s*");
    private static final Pattern RANGE = Pattern.compile("(\\S+)\\s*\\.\\.\\s*(\\S+)\\s+step\\s+(\\S+)");
    private static final Pattern CHOICES = Pattern.compile("\\[(.*)]");

    private VarySyntax() {}

    /** {@code text} is the declaration's lines, {@code positions} maps an offset in it to the file. */
    static Variation read(String text, PosMap positions, Diagnostics diagnostics) {
        long before = diagnostics.errorCount();
        Integer count = null;
        Map<String, Variation.Vary> varies = new LinkedHashMap<>();
        List<Variation.Require> requires = new ArrayList<>();
        int lineStart = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.replaceAll("\r$", "");
            int hash = line.indexOf('#');
            String code = hash < 0 ? line : line.substring(0, hash);
            int lead = code.length() - code.stripLeading().length();
            String body = code.strip();
            int at = lineStart + lead;
            lineStart += raw.length() + 1;
            if (body.isEmpty()) continue;
            Matcher m;
            if ((m = VARIANTS.matcher(body)).matches()) {
                Pos pos = positions.at(at + m.start(1));
                if (count != null) diagnostics.error(positions.at(at), "'variants' is given twice; an item has one number of variants");
                else count = variants(m.group(1), pos, diagnostics);
            } else if ((m = REQUIRE.matcher(body)).matches()) {
                requires.add(new Variation.Require(m.group(1), positions.at(at + m.start(1))));
            } else if ((m = VARY.matcher(body)).matches()) {
                String name = m.group(1);
                Pos pos = positions.at(at);
                if (varies.containsKey(name)) {
                    diagnostics.error(pos, "'" + name + "' varies twice; give it one set of values");
                    continue;
                }
                int domainAt = at + m.start(2);
                domain(m.group(2), k -> positions.at(domainAt + k), diagnostics)
                        .ifPresent(values -> varies.put(name, new Variation.Vary(name, pos, values)));
            } else {
                diagnostics.error(positions.at(at), "a vary line is 'variants N', 'name in A..B step S', "
                        + "'name in [a, b, c]' or 'require condition'");
            }
        }
        Pos start = positions.at(0);
        if (count == null && diagnostics.errorCount() == before) diagnostics.error(start, "say how many variants the item has: 'variants N' (2 to " + Variation.MAX + ")");
        if (varies.isEmpty() && diagnostics.errorCount() == before) diagnostics.error(start, "nothing varies: add a line 'name in A..B step S' or 'name in [a, b, c]' for a given");
        if (diagnostics.errorCount() > before) return Variation.NONE;
        return new Variation(start, count, List.copyOf(varies.values()), requires, List.of());
    }

    private static Integer variants(String written, Pos pos, Diagnostics diagnostics) {
        int n;
        try {
            n = Integer.parseInt(written);
        } catch (NumberFormatException e) {
            diagnostics.error(pos, "'variants " + written + "' needs a whole number (2 to " + Variation.MAX + ")");
            return null;
        }
        if (n < 2 || n > Variation.MAX) {
            diagnostics.error(pos, "'variants " + n + "': an item has 2 to " + Variation.MAX
                    + " variants (variant 0, the author's values, counts)");
            return null;
        }
        return n;
    }

    /** The numerals a given may take, as they will be shown: listed, or a range written out from its start. */
    private static Optional<List<String>> domain(String text, PosMap positions, Diagnostics diagnostics) {
        Matcher m;
        if ((m = CHOICES.matcher(text)).matches()) {
            List<String> values = new ArrayList<>();
            int offset = m.start(1);
            for (String part : m.group(1).split(",", -1)) {
                String numeral = part.strip();
                int col = offset + part.indexOf(numeral.isEmpty() ? " " : numeral);
                offset += part.length() + 1;
                if (Numeral.read(numeral).isEmpty()) {
                    diagnostics.error(positions.at(Math.max(col, 0)), "'" + numeral + "' is not a number; list the values as numbers: [0.05, 0.1, 0.2]");
                    return Optional.empty();
                }
                if (values.contains(numeral)) {
                    diagnostics.error(positions.at(col), "'" + numeral + "' is listed twice");
                    return Optional.empty();
                }
                values.add(numeral);
            }
            if (values.size() < 2) {
                diagnostics.error(positions.at(0), "list at least two values: one value does not vary");
                return Optional.empty();
            }
            return Optional.of(values);
        }
        if ((m = RANGE.matcher(text)).matches()) {
            BigDecimal[] parts = new BigDecimal[3];
            for (int g = 1; g <= 3; g++) {
                Optional<BigDecimal> read = Numeral.read(m.group(g));
                if (read.isEmpty()) {
                    diagnostics.error(positions.at(m.start(g)), "'" + m.group(g) + "' is not a number");
                    return Optional.empty();
                }
                parts[g - 1] = read.get();
            }
            BigDecimal from = parts[0], to = parts[1], step = parts[2];
            if (step.signum() <= 0) {
                diagnostics.error(positions.at(m.start(3)), "the step must be positive, not " + m.group(3));
                return Optional.empty();
            }
            if (to.compareTo(from) <= 0) {
                diagnostics.error(positions.at(m.start(2)), "the range " + m.group(1) + ".." + m.group(2) + " must end above its start");
                return Optional.empty();
            }
            BigDecimal steps = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR);
            if (steps.compareTo(BigDecimal.valueOf(Variation.MAX_VALUES - 1)) > 0) {
                diagnostics.error(positions.at(m.start(3)), "the range holds more than " + Variation.MAX_VALUES
                        + " values; take a larger step");
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i <= steps.intValue(); i++) values.add(shown(from.add(step.multiply(BigDecimal.valueOf(i)))));
            return Optional.of(values);
        }
        diagnostics.error(positions.at(0), "a given varies over 'A..B step S' or a list '[a, b, c]'; found '" + text + "'");
        return Optional.empty();
    }

    /** A value of a range as a person writes it: {@code 0.15}, not {@code 0.150}; {@code 300}, not {@code 3E+2}. */
    private static String shown(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }
}

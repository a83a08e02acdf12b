package courseware.render;

import courseware.check.CheckResults;
import courseware.model.MathSpan;

/**
 * A math span's typeset markup with the values of {@code checks} written into its TeX ("" when it has none): the
 * lesson's own results, or one variant's ({@link CheckResults#in}), so each variant shows its own numbers.
 */
@FunctionalInterface
public interface Typesetter {
    String html(MathSpan span, CheckResults checks);
}

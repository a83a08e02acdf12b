package courseware.math;

import java.util.Optional;

/**
 * Size and nesting limits checked before TeX reaches KaTeX, by one cheap scan. KaTeX's time grows
 * with both (interpreted, about 2.5 ms per character of dense math; a {@code \frac} nested 2,000
 * deep ran for minutes), so a megabyte of math or a runaway nesting fails at once, at its place.
 */
final class TexLimits {
    /** Longest expression, in characters: ten times the longest in content/ (268). */
    static final int MAX_LENGTH = 3_000;
    /** Deepest nesting of braces, {@code \left...\right} and {@code \begin...\end}: eight times content/'s (4). */
    static final int MAX_DEPTH = 32;

    private TexLimits() {}

    /** Why {@code tex} is refused, at the offset where it goes too far; empty when it may be typeset. */
    static Optional<MathResult.Failed> check(String tex) {
        if (tex.length() > MAX_LENGTH) {
            return Optional.of(new MathResult.Failed("this expression is " + tex.length() + " characters long; math may have at most "
                    + MAX_LENGTH + " characters per expression: split it", 0));
        }
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            int at = i;
            int opens = 0;
            if (c == '\\') {
                int end = i + 1;
                while (end < tex.length() && Character.isLetter(tex.charAt(end))) end++;
                String word = tex.substring(i + 1, end);
                opens = word.equals("left") || word.equals("begin") ? 1 : word.equals("right") || word.equals("end") ? -1 : 0;
                i = Math.max(i + 1, end - 1); // a control symbol such as \{ is one character after the backslash
            } else if (c == '{') {
                opens = 1;
            } else if (c == '}') {
                opens = -1;
            } else if (c == '%') {
                while (i + 1 < tex.length() && tex.charAt(i + 1) != '\n') i++; // a comment: its braces do not count
            }
            depth += opens;
            if (opens > 0 && depth > MAX_DEPTH) {
                return Optional.of(new MathResult.Failed("groups nest more than " + MAX_DEPTH
                        + " deep here (braces, \\left...\\right, \\begin...\\end); math may nest at most " + MAX_DEPTH + " deep", at));
            }
        }
        return Optional.empty();
    }
}

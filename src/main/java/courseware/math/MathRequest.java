package courseware.math;

import java.util.Objects;

/**
 * One piece of TeX to typeset. Equal requests are typeset once per build (and once per cache).
 *
 * @param tex     the TeX source exactly as written between the delimiters (not trimmed: the cache key is the text)
 * @param display true for display math (a centred block), false for inline math
 * @param macros  the course's KaTeX macros as a JSON object, keys sorted ({@code ""} for none): part of the cache key
 */
public record MathRequest(String tex, boolean display, String macros) implements java.io.Serializable {
    public MathRequest {
        Objects.requireNonNull(tex, "tex");
        Objects.requireNonNull(macros, "macros");
    }

    /** A request with no course macros. */
    public MathRequest(String tex, boolean display) {
        this(tex, display, "");
    }
}

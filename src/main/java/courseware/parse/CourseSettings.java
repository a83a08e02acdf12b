package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.CourseConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The site-wide settings of course.yml ({@code language}, {@code url}, {@code macros}), checked where they are written. */
final class CourseSettings {
    /** A BCP 47 tag as a page's lang attribute takes it: a 2-3 letter language, then subtags (RFC 5646, simplified). */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    /** A macro name as KaTeX's macros option takes it: a control word or a control symbol. */
    private static final Pattern MACRO_NAME = Pattern.compile("\\\\([A-Za-z]+|[^A-Za-z\\s])");
    /** Documented in docs/authoring.md, "Limits": enough for any course's shorthand, too few to hide a program in. */
    static final int MAX_MACROS = 200;
    static final int MAX_MACRO_CHARS = 1_000;

    private CourseSettings() {}

    static void check(Source file, CourseConfig c, Diagnostics diagnostics) {
        if (!LANGUAGE.matcher(c.language()).matches()) {
            diagnostics.error(at(file, "language"), "language '" + c.language() + "' is not a language tag such as en, de or pt-BR");
        }
        if (c.url() != null) urlProblem(c.url()).ifPresent(p -> diagnostics.error(at(file, "url"), "url '" + c.url() + "' " + p));
        if (c.macros().size() > MAX_MACROS) {
            diagnostics.error(at(file, "macros"), "course.yml defines " + c.macros().size() + " macros; at most " + MAX_MACROS + " are allowed");
        }
        for (Map.Entry<String, String> m : c.macros().entrySet()) {
            String name = m.getKey();
            if (!MACRO_NAME.matcher(name).matches()) {
                diagnostics.error(at(file, name), "macro name '" + name + "' must be a backslash and a name, such as \\R (in double quotes: \"\\\\R\")");
            } else if (m.getValue() == null || m.getValue().isBlank()) {
                diagnostics.error(at(file, name), "macro " + name + " needs an expansion, such as \"\\\\mathbb{R}\"");
            } else if (m.getValue().length() > MAX_MACRO_CHARS) {
                diagnostics.error(at(file, name), "macro " + name + " is " + m.getValue().length() + " characters long; at most " + MAX_MACRO_CHARS);
            }
        }
    }

    /**
     * The configuration with {@code url} ending in '/', so pages resolve against it as a folder, and only the macros
     * that {@link #check} accepts (a bad one is already an error; handed to KaTeX it could only add confusing ones).
     */
    static CourseConfig normalized(CourseConfig c) {
        String url = c.url() == null || c.url().endsWith("/") ? c.url() : c.url() + "/";
        java.util.SortedMap<String, String> macros = new java.util.TreeMap<>(c.macros());
        macros.entrySet().removeIf(m -> !MACRO_NAME.matcher(m.getKey()).matches() || m.getValue() == null || m.getValue().isBlank()
                || m.getValue().length() > MAX_MACRO_CHARS);
        return new CourseConfig(c.title(), c.language(), url, macros, c.modules(), c.planned(), c.seed());
    }

    private static java.util.Optional<String> urlProblem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) return java.util.Optional.of("must start with https:// or http://");
            if (uri.getHost() == null) return java.util.Optional.of("has no host");
            if (uri.getQuery() != null || uri.getFragment() != null) return java.util.Optional.of("may not have a query or a fragment");
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of("is not a valid address: " + e.getReason());
        }
    }

    /**
     * Where a key of course.yml (a top-level one or a macro name) is written, as it is or quoted (in double quotes a
     * backslash is doubled); the top of the file if not found.
     */
    private static courseware.diag.Pos at(Source file, String key) {
        List<String> forms = List.of(key, "'" + key + "'", "\"" + key.replace("\\", "\\\\") + "\"");
        for (int line = 1; line <= file.lineCount(); line++) {
            String text = file.line(line);
            String stripped = text.stripLeading();
            for (String form : forms) {
                if (stripped.startsWith(form) && stripped.substring(form.length()).stripLeading().startsWith(":")) {
                    return file.pos(line, text.length() - stripped.length() + 1);
                }
            }
        }
        return file.pos(1, 1);
    }
}

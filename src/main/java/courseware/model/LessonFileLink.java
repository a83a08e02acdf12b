package courseware.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link from one lesson to another, written as a code host reads it: a relative link to the other lesson's
 * Markdown file, percent-encoded or not, with an optional anchor ({@code 14-03-variants.md#adam}). The parser checks
 * that it names a lesson of the course; the site turns it into a link to that lesson's page.
 */
public record LessonFileLink(Path target, String anchor) {
    /** In rendered HTML (jsoup-cleaned, so always quoted): a relative .md target with no scheme or query. */
    public static final Pattern HREF = Pattern.compile("href=\"([^\"#?:]+\\.md)(#[^\"]*)?\"");

    /**
     * The lesson file that {@code written} (a link target matched by {@link #HREF}, HTML entities decoded) leads to
     * from {@code fromFile}, with {@code anchor} (from the same match, or null).
     */
    public static Optional<LessonFileLink> of(String written, String anchor, Path fromFile) {
        Path dir = fromFile.toAbsolutePath().normalize().getParent();
        if (dir == null) return Optional.empty();
        String decoded;
        try {
            decoded = URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = written; // a stray '%': the name as written
        }
        return Optional.of(new LessonFileLink(dir.resolve(decoded).normalize(), anchor == null ? "" : anchor));
    }
}

package courseware.parse;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets a lesson may use: an allow-list of schemes, judged on the URL a browser would
 * follow, that is after entity and backslash decoding and after dropping what browsers drop (ASCII
 * tab and newline anywhere, control characters and spaces at either end). So {@code JaVaScRiPt:},
 * {@code jav&#x61;script:} and a leading {@code \x01} are all seen as the {@code javascript:} they are.
 */
final class LinkPolicy {
    static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private LinkPolicy() {}

    /** Why a link to {@code written} (as it appears in the Markdown) is refused, or empty when it is allowed. */
    static Optional<String> problem(CharSequence written) {
        String url = asBrowserSees(Escaping.unescapeString(written));
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("link target contains a control character (U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + "); write the address without it");
            }
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find() && !SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of("links to '" + scheme.group(1).toLowerCase(Locale.ROOT) + ":' are not allowed; a lesson may link "
                    + "with http:, https: or mailto:, or to a page or anchor of the site (a relative link or #anchor)");
        }
        return Optional.empty();
    }

    /** The WHATWG URL parser's first steps: strip C0 controls and spaces at the ends, remove tab and newline. */
    private static String asBrowserSees(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= 0x20) start++;
        while (end > start && url.charAt(end - 1) <= 0x20) end--;
        return url.substring(start, end).replaceAll("[\t\n\r]", "");
    }
}

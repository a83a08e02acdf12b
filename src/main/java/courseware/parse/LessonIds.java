package courseware.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for lesson ids, written and planned alike. An id becomes a file name
 * ({@code lessons/<id>.html}) on every platform a site is copied to, so it is short, plain ASCII,
 * and nothing a file system treats specially. The rule is documented in docs/authoring.md.
 */
public final class LessonIds {
    static final int MAX_LENGTH = 64;

    /** Letters, digits, '-' and '.', starting and ending with a letter or digit. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

    /** Names Windows reserves for devices, whatever the extension ({@code con.html} included). */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private LessonIds() {}

    /** Why {@code id} cannot be a lesson id, as the end of a message about it; empty when it can. */
    public static Optional<String> problem(String id) {
        if (id.length() > MAX_LENGTH) {
            return Optional.of("is " + id.length() + " characters long; ids become file names, so at most " + MAX_LENGTH);
        }
        if (!SHAPE.matcher(id).matches() || id.contains("..")) {
            return Optional.of("may use only letters, digits, '-' and '.', must start and end with a letter or digit,"
                    + " and may not contain '..'");
        }
        if (WINDOWS_DEVICE.matcher(id).matches()) {
            return Optional.of("is reserved on Windows (device name " + id.split("\\.")[0].toUpperCase(Locale.ROOT)
                    + "), where a page of that name cannot be opened; choose another");
        }
        return Optional.empty();
    }

    /** The id as a message shows it: long ones cut, so the message stays one readable line. */
    static String shown(String id) {
        return id.length() <= 40 ? id : id.substring(0, 30) + "...";
    }
}

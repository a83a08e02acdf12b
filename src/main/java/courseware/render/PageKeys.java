package courseware.render;

import courseware.model.Course;
import courseware.model.KeyTerm;
import courseware.model.Lesson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a lesson page depends on beyond its own lesson: the theme, the course file's settings, and what the page
 * shows of every other lesson (the navigation lists each lesson's title, minutes and objective count by module;
 * neighbours give previous and next; the prerequisite graph; links to other lessons' files; key terms linked to the
 * glossary). Any change there changes every page's key, so no page is reused with a stale neighbour.
 */
final class PageKeys {
    private PageKeys() {}

    static String courseDigest(Course course, Theme theme, Glossary glossary) throws java.io.IOException {
        MessageDigest d = sha256();
        for (Map.Entry<String, byte[]> f : theme.files().entrySet()) {
            part(d, f.getKey());
            d.update(f.getValue());
        }
        part(d, course.config().toString()); // a record of strings, lists and a sorted map: a stable text
        for (Lesson l : course.lessons()) {
            part(d, l.source().displayPath());
            part(d, l.id());
            part(d, l.meta().toString());
            part(d, Integer.toString(l.objectives().size()));
            for (KeyTerm t : l.keyTerms()) part(d, t.name());
        }
        for (Glossary.Entry e : glossary.linkOrder()) {
            part(d, e.name());
            part(d, e.anchor());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** A key made of its parts (none holds a NUL). */
    static String of(String... parts) {
        MessageDigest d = sha256();
        for (String p : parts) part(d, p);
        return HexFormat.of().formatHex(d.digest());
    }

    private static void part(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}

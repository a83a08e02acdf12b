package courseware.testing;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.model.MathSpan;
import courseware.pipeline.Checking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an N-lesson course made of copies of a real course ({@code content/}): copy {@code k} of
 * lesson {@code 14-07} becomes lesson {@code c0003-14-07}, its links point into its own copy, and
 * every math span gets a distinct suffix {@code {}_{k}} (k in letters), so no two copies share an expression and a
 * cold build typesets them all. Not a test; the scale benchmark ({@code .ci/bench-scale}) runs it:
 * <pre>
 * java -cp target/classes:target/test-classes:$(deps) courseware.testing.ClonedCourse content 1000 /tmp/course
 * </pre>
 */
public final class ClonedCourse {
    private static final Pattern ID_LINE = Pattern.compile("(?m)^(id|next):\\s*(\\S+)\\s*$");
    private static final Pattern PREREQUISITES = Pattern.compile("(?m)^prerequisites:\\s*\\[([^\\]]*)\\]\\s*$");

    private ClonedCourse() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ClonedCourse <content folder> <lessons> <out folder>");
            System.exit(2);
        }
        int written = write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println("wrote " + written + " lessons to " + args[2]);
    }

    /** Writes {@code lessons} lessons (whole copies first, then part of one) and the course file; returns the count. */
    public static int write(Path content, int lessons, Path out) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Content course = new ContentLoader().load(content, diagnostics);
        List<Source> originals = course.lessons().stream().sorted(Comparator.comparing(Source::displayPath)).toList();
        if (originals.isEmpty()) throw new IOException("no lessons in " + content);
        Checking checking = new Checking();
        List<List<Pos>> spanEnds = new ArrayList<>();
        for (Source s : originals) spanEnds.add(spanEnds(checking, s));

        Files.createDirectories(out);
        Files.writeString(out.resolve("course.yml"), courseFile(course.courseFile().text()));
        int copies = (lessons + originals.size() - 1) / originals.size();
        for (int k = 0; k < copies; k++) {
            int inCopy = Math.min(originals.size(), lessons - k * originals.size());
            Set<String> present = new TreeSet<>();
            Set<String> files = new TreeSet<>();
            for (int i = 0; i < inCopy; i++) {
                present.add(idOf(originals.get(i).text()));
                files.add(originals.get(i).path().getFileName().toString());
            }
            for (int i = 0; i < inCopy; i++) {
                Source s = originals.get(i);
                String text = distinctMath(s.text(), spanEnds.get(i), k);
                text = relink(text, prefix(k), present);
                text = relinkFiles(text, prefix(k), files);
                Files.writeString(out.resolve(prefix(k) + s.path().getFileName()), text);
            }
        }
        return lessons;
    }

    private static String prefix(int copy) {
        return String.format(Locale.ROOT, "c%04d-", copy);
    }

    /** The file offset just past each math span's TeX, where the suffix goes. */
    private static List<Pos> spanEnds(Checking checking, Source source) {
        List<Pos> ends = new ArrayList<>();
        checking.lesson(source).parsed().file().markups()
                .forEach(m -> m.math().forEach((MathSpan span) -> ends.add(span.at(span.tex().length()))));
        return ends;
    }

    private static String distinctMath(String text, List<Pos> ends, int copy) {
        List<Integer> offsets = new ArrayList<>();
        for (Pos p : ends) offsets.add(p.source().lineStart(p.line()) + p.col() - 1);
        offsets.sort(Comparator.reverseOrder());
        StringBuilder b = new StringBuilder(text);
        int last = -1;
        for (int offset : offsets) {
            if (offset == last) continue;
            b.insert(offset, "{}_{" + letters(copy) + "}"); // no backslash: the TeX may sit in a quoted YAML string
            last = offset;
        }
        return b.toString();
    }

    /** The copy's number in letters (a, b, ..., z, ba, ...): a suffix with digits would read as an unchecked number. */
    private static String letters(int copy) {
        StringBuilder b = new StringBuilder();
        int n = copy;
        do {
            b.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    /** Ids, next and prerequisites into this copy; links to lessons the copy lacks are dropped. */
    private static String relink(String text, String prefix, Set<String> present) {
        int end = text.indexOf("\n---", 3);
        String front = text.substring(0, end);
        Matcher m = ID_LINE.matcher(front);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String id = m.group(2);
            boolean keep = m.group(1).equals("id") || present.contains(id);
            m.appendReplacement(b, keep ? m.group(1) + ": " + prefix + id : "");
        }
        m.appendTail(b);
        Matcher p = PREREQUISITES.matcher(b.toString());
        StringBuilder c = new StringBuilder();
        while (p.find()) {
            List<String> ids = new ArrayList<>();
            for (String id : p.group(1).split(",")) {
                if (present.contains(id.trim())) ids.add(prefix + id.trim());
            }
            p.appendReplacement(c, "prerequisites: [" + String.join(", ", ids) + "]");
        }
        p.appendTail(c);
        return c + text.substring(end);
    }

    private static final Pattern FILE_LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.md)");

    /** Links to another lesson's file point to that lesson in the same copy, or to the page's top when it has none. */
    private static String relinkFiles(String text, String prefix, Set<String> files) {
        Matcher m = FILE_LINK.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String file = m.group(1);
            m.appendReplacement(b, Matcher.quoteReplacement("](" + (files.contains(file) ? prefix + file : "#")));
        }
        m.appendTail(b);
        return b.toString().replace("](##", "](#");
    }

    private static String idOf(String text) {
        Matcher m = ID_LINE.matcher(text.substring(0, text.indexOf("\n---", 3)));
        while (m.find()) if (m.group(1).equals("id")) return m.group(2);
        throw new IllegalArgumentException("a lesson without an id");
    }

    /** The course file without planned lessons (copies would link to them under other ids). */
    private static String courseFile(String text) {
        int planned = text.indexOf("\nplanned:");
        return planned < 0 ? text : text.substring(0, planned + 1);
    }
}

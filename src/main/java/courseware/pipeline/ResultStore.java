package courseware.pipeline;

import courseware.diag.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Results kept between processes, one folder per kind: each lesson's {@link LessonResult} ({@code .cache/lessons}),
 * so a new build skips parsing, checking and typesetting a lesson whose inputs are unchanged, and the render stage's
 * lesson pages and search files ({@code .cache/pages}). A lesson's key is SHA-256 of everything its result depends
 * on: the tool itself ({@link ToolFingerprint}: its code, libraries, KaTeX and the JDK), the lesson's display path
 * and text, and the course's macros. The course file, templates and assets are not in it, because a result does not
 * depend on them: that is what lets a template change re-render without re-parsing or re-checking. A page's key adds
 * what the page shows of the course ({@code render.PageKeys}).
 *
 * <p>One file per entry, {@code <dir>/<key>.bin}: a magic line, the payload's length and CRC-32C, then the value in
 * Java serialization, deflated (a lesson page is mostly KaTeX markup, about a megabyte, and shrinks several times
 * over), with the lesson's {@link Source} left out (the file just read is put back in its place).
 * Anything unreadable, foreign, cut short, failing its checksum or naming a class outside the model is a miss, never
 * an error. Entries are written to a temporary file and moved into place, so builds sharing the folder never see
 * half an entry, and two builds storing the same key store the same thing.
 *
 * <p>Entries are content-addressed, so every edit adds one. After a run, {@link #prune} deletes what the run did not
 * use and nobody wrote for an hour: a build sharing the folder (another branch, a {@code serve} beside a
 * {@code build}) loses at most an entry it has not touched for that long, which is a miss, not a wrong page.
 */
final class ResultStore {
    private static final byte[] MAGIC = "courseware result 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD = MAGIC.length + 8 + 4;
    /** What a stored result may hold: the model, its collections and numbers; anything else is refused unread. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=5000000;courseware.**;java.lang.*;java.util.*;java.math.*;!*");

    /** How long an unused entry is kept: longer than any build that may share the folder needs it. */
    static final java.time.Duration UNUSED = java.time.Duration.ofHours(1);

    private final Path dir;
    private final String tool;
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ResultStore(Path dir, String tool) {
        this.dir = dir;
        this.tool = tool;
    }

    static ResultStore in(Path dir) {
        return new ResultStore(dir, ToolFingerprint.get());
    }

    /** The key of {@code source}'s result when typeset with {@code macros} (one line of JSON, or ""). */
    String lessonKey(Source source, String macros, String seed) {
        // Newline-separated: the fingerprint and display path hold none, the macros are one line, the seed is
        // JSON-quoted (one line whatever it holds), the text comes last.
        String material = tool + "\n" + source.displayPath() + "\n" + macros + "\n" + quoted(seed) + "\n" + source.text();
        return HexFormat.of().formatHex(sha256(material.getBytes(StandardCharsets.UTF_8)));
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a string always serializes
        }
    }

    /** The stored result for {@code source}, with {@code source} itself in it, or empty. */
    Optional<LessonResult> load(String key, Source source) {
        return load(key, LessonResult.class, source).filter(result -> result.isFor(source));
    }

    /** The value stored under {@code key} if it is a {@code type}, with {@code source} (may be null) put back in it. */
    <T> Optional<T> load(String key, Class<T> type, Source source) {
        try {
            byte[] all = Files.readAllBytes(file(key));
            if (all.length < HEAD || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Optional.empty();
            ByteBuffer head = ByteBuffer.wrap(all, MAGIC.length, 12);
            long length = head.getLong();
            int crc = head.getInt();
            if (length != all.length - HEAD || crc(all, HEAD, all.length - HEAD) != crc) return Optional.empty();
            try (ObjectInputStream in = new Reading(new java.util.zip.InflaterInputStream(
                    new ByteArrayInputStream(all, HEAD, all.length - HEAD)), source)) {
                Object value = in.readObject();
                if (!type.isInstance(value)) return Optional.empty();
                used.add(key);
                return Optional.of(type.cast(value));
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty(); // missing, foreign, corrupt or from other code: a miss
        }
    }

    void store(String key, LessonResult result) {
        store(key, result, result.source());
    }

    /**
     * Keeps {@code value} under {@code key}, leaving {@code source} (may be null) out; a value that cannot be kept (or
     * a full disk) is only a later miss.
     */
    void store(String key, Serializable value, Source source) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            bytes.write(new byte[HEAD]);
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
            try (ObjectOutputStream out = new Writing(new java.util.zip.DeflaterOutputStream(bytes, deflater, 1 << 16), source)) {
                out.writeObject(value);
            } finally {
                deflater.end();
            }
            byte[] all = bytes.toByteArray();
            System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
            ByteBuffer.wrap(all, MAGIC.length, 12).putLong(all.length - HEAD).putInt(crc(all, HEAD, all.length - HEAD));
            used.add(key);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try {
                Files.write(tmp, all);
                move(tmp, file(key));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build parses this lesson again. A result holding something unserializable lands here.
        }
    }

    /** Counts {@code keys} as used by this run though they were neither read nor written (kept in memory). */
    void used(java.util.Collection<String> keys) {
        used.addAll(keys);
    }

    /**
     * Deletes the entries (and temporary files) this run did not use that are older than {@link #UNUSED}, then starts
     * counting anew; a file that cannot be deleted is left.
     */
    void prune() {
        java.time.Instant before = java.time.Instant.now().minus(UNUSED);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean entry = name.endsWith(".bin");
                if (!entry && !name.endsWith(".tmp")) continue;
                if (entry && used.contains(name.substring(0, name.length() - 4))) continue;
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) Files.deleteIfExists(f);
                } catch (IOException e) {
                    // another build deleted or replaced it: nothing to do
                }
            }
        } catch (IOException e) {
            // no folder yet, or unreadable: nothing to prune
        }
        used.clear();
    }

    private Path file(String key) {
        return dir.resolve(key + ".bin");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Stands for the lesson's source in a stored result. */
    private record TheSource() implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final class Writing extends ObjectOutputStream {
        private final Source source;

        Writing(OutputStream out, Source source) throws IOException {
            super(out);
            this.source = source;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj == source ? new TheSource() : obj; // any other Source is not serializable: the store is skipped
        }
    }

    private static final class Reading extends ObjectInputStream {
        private final Source source;

        Reading(InputStream in, Source source) throws IOException {
            super(in);
            this.source = source;
            setObjectInputFilter(ALLOWED);
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof TheSource ? source : obj;
        }
    }

    private static int crc(byte[] b, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(b, from, length);
        return (int) c.getValue();
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}

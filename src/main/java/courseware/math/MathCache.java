package courseware.math;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Rendered math, addressed by content: key = SHA-256 of (renderer fingerprint, display flag, TeX), so a new
 * KaTeX version or option simply misses and old entries are never wrong, only unused.
 *
 * <p>On disk the cache is one append-only pack, {@code <dir>/math.pack}: a header line, then records of
 * (32-byte key, 4-byte length, 4-byte CRC-32C, UTF-8 markup). Opening it reads only the record heads into an index
 * (key to offset), so a warm build of a big course opens one file instead of one file per expression, and the
 * markup itself is read when a page needs it (nothing of it stays in memory). A later record of a key wins. A record
 * cut short (a build killed mid-write) ends the pack and is cut off before the next append; a record whose markup
 * fails its checksum is a miss and gets appended anew. Appends hold an exclusive file lock, so two builds sharing
 * the cache do not interleave records.
 */
public final class MathCache implements AutoCloseable {

    static final String PACK = "math.pack";
    private static final byte[] MAGIC = "courseware math pack 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD = 32 + 4 + 4;
    /** Longer markup than this is not cached (KaTeX's output for TeX within TexLimits is far smaller). */
    private static final int MAX_ENTRY = 16 << 20;

    private final Path dir; // null: in memory
    /** Everything of an in-memory cache; of one on disk, what could not be appended (see {@link #store}). */
    private final Map<String, String> memory = new HashMap<>();
    private Map<String, long[]> index; // key -> {offset of markup, length}; null until the pack is opened
    private FileChannel pack;
    private long end; // where the next record goes: the end of the last whole record

    private MathCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (the CLI passes {@code <project>/.cache/math}); the pack is created on first store. */
    public static MathCache onDisk(Path dir) {
        return new MathCache(Objects.requireNonNull(dir, "dir"));
    }

    /** A cache that lives as long as this object: for tests and for builds that must not touch the disk. */
    public static MathCache inMemory() {
        return new MathCache(null);
    }

    static String key(String fingerprint, MathRequest request) {
        // Newlines separate the parts unambiguously: the fingerprint has none, the flag is a fixed word, and macros (one
        // line of JSON) come only after a flag that says so; keys without macros are what they were before macros.
        String flag = request.display() ? "display" : "inline";
        String material = request.macros().isEmpty() ? fingerprint + "\n" + flag + "\n" + request.tex()
                : fingerprint + "\n" + flag + "+macros\n" + request.macros() + "\n" + request.tex();
        return HexFormat.of().formatHex(sha256(material.getBytes(StandardCharsets.UTF_8)));
    }

    synchronized Optional<String> load(String key) {
        String kept = memory.get(key);
        if (kept != null || dir == null) return Optional.ofNullable(kept);
        try {
            byte[] markup = read(key);
            return markup == null ? Optional.empty()
                    : Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(markup)).toString());
        } catch (CharacterCodingException e) { // passed its checksum yet is not UTF-8: a miss all the same
            return Optional.empty();
        }
    }

    /** Whether {@link #load} would find the key: its record is there and passes its checksum. */
    synchronized boolean contains(String key) {
        return memory.containsKey(key) || dir != null && read(key) != null;
    }

    /** An entry's markup if its record is whole and passes its checksum; else null (a miss, appended anew later). */
    private byte[] read(String key) {
        long[] at = index().get(key);
        if (at == null || pack == null) return null;
        try {
            ByteBuffer b = ByteBuffer.allocate(4 + (int) at[1]);
            if (readFully(pack, b, at[0] - 4) < b.capacity()) return null;
            b.flip();
            int crc = b.getInt();
            byte[] markup = new byte[(int) at[1]];
            b.get(markup);
            return crc == crc(markup) ? markup : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Keeps the markup: appended to the pack, or, where it cannot be (an unwritable folder, an entry over the size
     * limit, another cache object of this JVM appending at this moment), in memory for as long as this object lives.
     * The cache only saves time, so it never fails a build, and whatever a build typeset it can read back.
     */
    synchronized void store(String key, String html) {
        if (dir == null || !append(key, html)) memory.put(key, html);
    }

    /** Appends a record to the pack; false if it could not. */
    private boolean append(String key, String html) {
        byte[] markup = html.getBytes(StandardCharsets.UTF_8);
        if (markup.length > MAX_ENTRY) return false;
        index();
        try {
            if (pack == null) {
                Files.createDirectories(dir);
                pack = FileChannel.open(dir.resolve(PACK), StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            }
            ByteBuffer record = ByteBuffer.allocate(HEAD + markup.length);
            record.put(HexFormat.of().parseHex(key)).putInt(markup.length).putInt(crc(markup)).put(markup).flip();
            try (FileLock lock = pack.lock()) {
                assert lock.isValid();
                if (end < MAGIC.length) { // not started when we opened it: started since by another build, or not ours
                    if (ours()) {
                        end = scan(MAGIC.length);
                    } else {
                        pack.truncate(0);
                        writeFully(pack, ByteBuffer.wrap(MAGIC), 0);
                        end = MAGIC.length;
                    }
                } else if (pack.size() > end) {
                    end = scan(end); // another build appended, or a cut record lies there: index it or cut it
                }
                if (pack.size() > end) pack.truncate(end);
                writeFully(pack, record, end);
                index.put(key, new long[] {end + HEAD, markup.length});
                end += HEAD + markup.length;
                return true;
            }
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /** Opens and indexes the pack once; an absent or foreign file is an empty cache. */
    private Map<String, long[]> index() {
        if (index != null) return index;
        index = new HashMap<>();
        Path file = dir.resolve(PACK);
        if (!Files.isRegularFile(file)) return index;
        try {
            pack = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            end = ours() ? scan(MAGIC.length) : 0; // not ours (or an older format): the first store starts it over
        } catch (IOException e) {
            index.clear();
            pack = null; // unreadable: no cache this run
        }
        return index;
    }

    private boolean ours() throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        return readFully(pack, magic, 0) == MAGIC.length && java.util.Arrays.equals(magic.array(), MAGIC);
    }

    /** Indexes whole records from {@code from}; returns the end of the last whole one. */
    private long scan(long from) throws IOException {
        long size = pack.size();
        long at = from;
        ByteBuffer head = ByteBuffer.allocate(HEAD);
        byte[] key = new byte[32];
        HexFormat hex = HexFormat.of();
        while (at + HEAD <= size) {
            head.clear();
            if (readFully(pack, head, at) < HEAD) break;
            head.flip();
            head.get(key);
            int length = head.getInt();
            if (length < 0 || length > MAX_ENTRY || at + HEAD + length > size) break; // cut short: the end
            index.put(hex.formatHex(key), new long[] {at + HEAD, length});
            at += HEAD + length;
        }
        return at;
    }

    private static int readFully(FileChannel channel, ByteBuffer b, long position) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int n = channel.read(b, position + total);
            if (n < 0) break;
            total += n;
        }
        return total;
    }

    private static void writeFully(FileChannel channel, ByteBuffer b, long position) throws IOException {
        long at = position;
        while (b.hasRemaining()) at += channel.write(b, at);
    }

    @Override
    public synchronized void close() {
        if (pack == null) return;
        try {
            pack.close();
        } catch (IOException e) {
            // Only reads and whole appends happened; nothing is lost by a failed close.
        } finally {
            pack = null;
            index = null;
        }
    }

    private static int crc(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b);
        return (int) c.getValue();
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }
}

package courseware.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the whole site in a hidden sibling folder, then swaps it into place, so a failed or
 * interrupted build never leaves a half-written site. It only ever deletes a folder that carries
 * its marker file, so a mistyped {@code --out} cannot wipe someone's documents.
 *
 * <p>The swap is two renames, old site aside and new site in, and for the time between them (one
 * {@code rename} system call, microseconds; see {@code SwapBenchmark}) no {@code site/} exists.
 * That window cannot be closed portably: {@code rename(2)} replaces only an empty folder, the
 * atomic exchange of two folders exists only as Linux's {@code renameat2(RENAME_EXCHANGE)}, which
 * Java cannot call, and making {@code site} a link to a versioned folder (swapped by renaming a
 * link) would hand users a link instead of a folder to copy, zip or upload. A build killed inside
 * the window leaves both sites in hidden folders; the next build removes them
 * ({@link StagingFolders}).
 */
public final class SiteWriter {
    /** Present in every site this tool writes; its absence protects a folder from replacement. */
    public static final String MARKER = ".courseware-site";

    static final String MARKER_TEXT = "Written by courseware; the whole folder is replaced on each build.\n";

    /**
     * @param out       the site folder to create or replace
     * @param files     site-relative paths ('/'-separated) to contents
     * @param inputs  folders the site may not be, contain, or sit inside (content, templates, cache)
     * @param project the project folder: the site may sit inside it, but not be or contain it
     */
    public Written write(Path out, Map<String, byte[]> files, List<Path> inputs, Path project) throws IOException {
        return write(out, sink -> {
            for (Map.Entry<String, byte[]> f : files.entrySet()) sink.accept(f.getKey(), f.getValue());
        }, inputs, project);
    }

    /**
     * Like {@link #write(Path, Map, List, Path)}, with the files handed over one by one by {@code producer}, so a
     * big site is never held in memory. A file whose bytes equal the old site's is linked, not written again: only
     * changed files are written, and unchanged ones keep their modification time.
     */
    public Written write(Path out, Producer producer, List<Path> inputs, Path project) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        OutputGuard.check(target, inputs, project);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        StagingFolders.removeStale(target);
        Path staging = StagingFolders.create(target);
        try {
            Staged staged = new Staged(staging, target);
            producer.produce(staged);
            swap(staging, target);
            return staged.written();
        } finally {
            deleteTree(staging);
        }
    }

    /** Files in the new site, and how many of them were new or changed (the rest were linked from the old site). */
    public record Written(int files, int changed) {}

    /** Receives the site's files. */
    @FunctionalInterface
    public interface Sink {
        void accept(String path, byte[] bytes) throws IOException;
    }

    /** Hands every file of the site to the sink. */
    @FunctionalInterface
    public interface Producer {
        void produce(Sink sink) throws IOException;
    }

    /** Writes into the staging folder; links a file unchanged from the old site instead of writing it. */
    private static final class Staged implements Sink {
        private final Path staging;
        private final Path target;
        private final Map<String, Boolean> changedByPath = new java.util.HashMap<>();

        Staged(Path staging, Path target) {
            this.staging = staging;
            this.target = target;
        }

        @Override
        public void accept(String path, byte[] bytes) throws IOException {
            Path dest = staging.resolve(path).normalize();
            if (!dest.startsWith(staging) || dest.equals(staging)) throw new IOException("refusing to write outside the site: " + path);
            try {
                Files.createDirectories(dest.getParent());
                Files.deleteIfExists(dest); // a path given twice: never write through a link into the old site
                Path old = target.resolve(staging.relativize(dest));
                boolean unchanged = sameBytes(old, bytes) && link(dest, old);
                if (!unchanged) Files.write(dest, bytes);
                changedByPath.put(path, !unchanged);
            } catch (FileSystemException e) {
                // Named as it would be in the site, not by the hidden folder it is written to first.
                throw new IOException("cannot write " + target.resolve(path) + ": "
                        + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
            }
        }

        Written written() {
            return new Written(changedByPath.size(), (int) changedByPath.values().stream().filter(c -> c).count());
        }

        private static boolean sameBytes(Path old, byte[] bytes) {
            try {
                return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && Files.size(old) == bytes.length
                        && java.util.Arrays.equals(Files.readAllBytes(old), bytes);
            } catch (IOException e) {
                return false;
            }
        }

        /** A hard link to the old site's file; false where the file system has none (then the bytes are written). */
        private static boolean link(Path dest, Path old) {
            try {
                Files.createLink(dest, old);
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
    }

    /** Old site aside, new site in, old site deleted; nothing runs between the two renames. */
    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path old = StagingFolders.freeName(target);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            throw new IOException("could not clean up " + root + ": " + e.getMessage(), e);
        }
    }
}

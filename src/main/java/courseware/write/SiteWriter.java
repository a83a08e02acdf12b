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
    public void write(Path out, Map<String, byte[]> files, List<Path> inputs, Path project) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        OutputGuard.check(target, inputs, project);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        StagingFolders.removeStale(target);
        Path staging = StagingFolders.create(target);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path dest = staging.resolve(file.getKey()).normalize();
                if (!dest.startsWith(staging)) throw new IOException("refusing to write outside the site: " + file.getKey());
                try {
                    Files.createDirectories(dest.getParent());
                    Files.write(dest, file.getValue());
                } catch (FileSystemException e) {
                    // Named as it would be in the site, not by the hidden folder it is written to first.
                    throw new IOException("cannot write " + target.resolve(file.getKey()) + ": "
                            + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
                }
            }
            swap(staging, target);
        } finally {
            deleteTree(staging);
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

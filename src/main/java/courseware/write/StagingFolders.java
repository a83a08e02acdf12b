package courseware.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden work folders beside the site: {@code .site.new-<pid>-<hex>} while a new site is
 * written, {@code .site.old-<pid>-<hex>} holding the previous site during the swap. A build killed
 * in the middle leaves them behind; the next build removes those it can prove are leftovers of
 * its own: the exact name pattern, a real folder (not a link), written by a process that is no
 * longer running (the pid in the name), and holding the site marker or nothing at all. A new
 * folder gets the marker before anything else, so this holds at every moment of a build. (The pid
 * is looked up on this machine: two machines building one site on a shared folder at the same
 * moment are not supported.)
 */
final class StagingFolders {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Pattern NAME = Pattern.compile("(?:new|old)-([0-9]{1,18})-[0-9a-f]{1,16}");

    private StagingFolders() {}

    /** A fresh folder for the new site, already marked as the tool's own. */
    static Path create(Path target) throws IOException {
        Path staging = reserve(target, "new", false);
        Files.writeString(staging.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
        return staging;
    }

    /** A free name for the previous site to be moved to (the folder is not left in place). */
    static Path freeName(Path target) throws IOException {
        return reserve(target, "old", true);
    }

    /**
     * Not createTempDirectory: that makes it private (0700), and the site must keep the
     * permissions the user's umask gives, for web servers.
     */
    private static Path reserve(Path target, String kind, boolean release) throws IOException {
        String prefix = "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            Path p = target.resolveSibling(prefix + Long.toHexString(RANDOM.nextLong()));
            try {
                Files.createDirectory(p);
                if (release) Files.delete(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }

    /** Deletes the work folders that builds of {@code target} left behind; never anything else. */
    static void removeStale(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        DirectoryStream.Filter<Path> named = p -> p.getFileName().toString().startsWith(prefix);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), named)) {
            for (Path p : siblings) {
                if (isStale(p, prefix)) SiteWriter.deleteTree(p);
            }
        }
    }

    static boolean isStale(Path p, String prefix) throws IOException {
        Matcher m = NAME.matcher(p.getFileName().toString().substring(prefix.length()));
        if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
        if (writerRunning(Long.parseLong(m.group(1)))) return false;
        Path marker = p.resolve(SiteWriter.MARKER);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
            return !entries.iterator().hasNext();
        }
    }

    /**
     * This process (another build in this JVM may be writing) or any live process with that pid:
     * a reused pid only postpones the clean-up, it never deletes a folder in use.
     */
    private static boolean writerRunning(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return pid == ProcessHandle.current().pid() || process.map(ProcessHandle::isAlive).orElse(false);
    }
}

package courseware.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir Path dir;

    /** A project folder elsewhere, so only the inputs named in each test protect anything. */
    private static final Path PROJECT = Path.of("/nonexistent-project");

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        java.util.TreeMap<String, byte[]> m = new java.util.TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void replacesThePreviousSiteWhole() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(site, files("index.html", "one", "old/page.html", "stale"), List.of(), PROJECT);
        writer.write(site, files("index.html", "two", "lessons/a.html", "a"), List.of(), PROJECT);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve("lessons/a.html")));
        assertFalse(Files.exists(site.resolve("old/page.html")), "files of the old site are gone");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(site), siblings.toList(), "no staging or backup folder is left behind");
        }
    }

    @Test
    void writesOnlyTheFilesThatChanged() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter writer = new SiteWriter();
        assertEquals(new SiteWriter.Written(3, 3),
                writer.write(site, files("index.html", "one", "lessons/a.html", "a", "lessons/b.html", "b"), List.of(), PROJECT));
        Object inodeA = Files.getAttribute(site.resolve("lessons/a.html"), "unix:ino");
        Object inodeB = Files.getAttribute(site.resolve("lessons/b.html"), "unix:ino");
        assertEquals(new SiteWriter.Written(3, 1),
                writer.write(site, files("index.html", "one", "lessons/a.html", "a", "lessons/b.html", "b2"), List.of(), PROJECT));
        assertEquals(inodeA, Files.getAttribute(site.resolve("lessons/a.html"), "unix:ino"), "unchanged: the same file, not rewritten");
        assertFalse(inodeB.equals(Files.getAttribute(site.resolve("lessons/b.html"), "unix:ino")), "changed: written anew");
        assertEquals("b2", Files.readString(site.resolve("lessons/b.html")));
        assertEquals("a", Files.readString(site.resolve("lessons/a.html")));
    }

    @Test
    void aPathGivenTwiceNeverWritesThroughALinkIntoTheOldSite() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.write(site, files("index.html", "one"), List.of(), PROJECT);
        Path kept = dir.resolve("kept.html");
        Files.createLink(kept, site.resolve("index.html")); // a second name for the old site's file
        writer.write(site, sink -> {
            sink.accept("index.html", "one".getBytes(StandardCharsets.UTF_8)); // unchanged: linked
            sink.accept("index.html", "two".getBytes(StandardCharsets.UTF_8)); // then changed after all
        }, List.of(), PROJECT);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("one", Files.readString(kept), "the old file was not overwritten through the link");
    }

    @Test
    void refusesAFolderItDidNotWrite() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "precious");
        IOException e = assertThrows(IOException.class,
                () -> new SiteWriter().write(documents, files("index.html", "x"), List.of(), PROJECT));
        assertTrue(e.getMessage().contains("not written by courseware"), e.getMessage());
        assertEquals("precious", Files.readString(documents.resolve("thesis.txt")));
    }

    @Test
    void refusesProtectedFoldersTheirParentsAndTheRoot() throws IOException {
        Path content = Files.createDirectories(dir.resolve("project/content"));
        SiteWriter writer = new SiteWriter();
        assertThrows(IOException.class, () -> writer.write(content, files("a", "b"), List.of(content), PROJECT));
        assertThrows(IOException.class, () -> writer.write(dir.resolve("project"), files("a", "b"), List.of(content), PROJECT));
        assertThrows(IOException.class, () -> writer.write(Path.of("/"), files("a", "b"), List.of(), PROJECT));
        assertTrue(Files.exists(content));
    }

    @Test
    void refusesASiteInsideAnInputFolderOrAroundTheProject() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        SiteWriter writer = new SiteWriter();
        IOException inside = assertThrows(IOException.class,
                () -> writer.write(templates.resolve("assets/site"), files("a", "b"), List.of(templates), PROJECT));
        assertTrue(inside.getMessage().contains("is inside"), inside.getMessage());
        assertThrows(IOException.class, () -> writer.write(dir, files("a", "b"), List.of(), dir.resolve("project")));
        writer.write(dir.resolve("project/site"), files("a", "b"), List.of(templates), dir.resolve("project"));
        assertTrue(Files.exists(dir.resolve("project/site/a")), "a site inside the project is the normal case");
    }

    @Test
    void theSiteGetsOrdinaryPermissionsNotPrivateOnes() throws IOException {
        Path site = dir.resolve("site");
        new SiteWriter().write(site, files("index.html", "x"), List.of(), PROJECT);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(site);
        assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ), perms.toString());
    }

    @Test
    void refusesPathsThatEscapeTheSite() {
        Path site = dir.resolve("site");
        assertThrows(IOException.class, () -> new SiteWriter().write(site, files("../evil.html", "x"), List.of(), PROJECT));
        assertFalse(Files.exists(dir.resolve("evil.html")));
        assertFalse(Files.exists(site), "nothing is swapped in after a failure");
    }

    /** A process id no process has: Linux pids stop at 2^22, macOS ones at 99999. */
    private static final long DEAD = 999_999_999L;

    private Path workFolder(String name, String... files) throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        for (String f : files) {
            Files.createDirectories(p.resolve(f).getParent());
            Files.writeString(p.resolve(f), f);
        }
        return p;
    }

    private java.util.Set<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void removesWorkFoldersThatAKilledBuildLeftAndNothingElse() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessHandle.of(DEAD).isEmpty());
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(ProcessHandle.current().pid());
        String marker = SiteWriter.MARKER;
        workFolder(".site.new-" + DEAD + "-3f2a", marker, "index.html", "lessons/a.html");
        workFolder(".site.old-" + DEAD + "-ab", marker, "index.html");
        workFolder(".site.new-" + DEAD + "-1");
        workFolder(".site.new-" + DEAD + "-2", "notes.txt");
        workFolder(".site.new-" + ProcessHandle.current().pid() + "-3", marker);
        workFolder(".site.new-" + live + "-4", marker);
        workFolder(".site.new-" + DEAD + "-xyz", marker);
        workFolder(".site.backup", marker);
        workFolder(".other.new-" + DEAD + "-5", marker);
        Path elsewhere = workFolder("elsewhere", marker, "keep.txt");
        try {
            Files.createSymbolicLink(dir.resolve(".site.new-" + DEAD + "-6"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links on this file system: that case is simply not exercised
        }
        boolean linked = Files.isSymbolicLink(dir.resolve(".site.new-" + DEAD + "-6"));

        new SiteWriter().write(dir.resolve("site"), files("index.html", "new"), List.of(), PROJECT);

        java.util.Set<String> expected = new java.util.TreeSet<>(List.of("site", "elsewhere",
                ".site.new-" + DEAD + "-2", // not provably ours: no marker and not empty
                ".site.new-" + ProcessHandle.current().pid() + "-3", // its writer is running
                ".site.new-" + live + "-4",
                ".site.new-" + DEAD + "-xyz", ".site.backup", ".other.new-" + DEAD + "-5"));
        if (linked) expected.add(".site.new-" + DEAD + "-6");
        assertEquals(expected, siblings());
        assertEquals("keep.txt", Files.readString(elsewhere.resolve("keep.txt")), "a link is never followed");
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsCleanedUpByTheNextOne() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProcessHandle.of(DEAD).isEmpty());
        workFolder(".site.old-" + DEAD + "-a1", SiteWriter.MARKER, "index.html");
        workFolder(".site.new-" + DEAD + "-b2", SiteWriter.MARKER, "index.html");
        new SiteWriter().write(dir.resolve("site"), files("index.html", "next"), List.of(), PROJECT);
        assertEquals(java.util.Set.of("site"), siblings());
        assertEquals("next", Files.readString(dir.resolve("site/index.html")));
    }

    @Test
    void aNewWorkFolderCarriesTheMarkerFromItsFirstMoment() throws IOException {
        Path staging = StagingFolders.create(dir.resolve("site"));
        assertTrue(Files.isRegularFile(staging.resolve(SiteWriter.MARKER)));
        assertTrue(staging.getFileName().toString().startsWith(".site.new-" + ProcessHandle.current().pid() + "-"), staging.toString());
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAsInTheSiteNotByTheHiddenFolder() throws IOException {
        Path site = dir.resolve("site");
        String tooLong = "lessons/" + "x".repeat(300) + ".html";
        IOException e = assertThrows(IOException.class, () -> new SiteWriter().write(site, files(tooLong, "x"), List.of(), PROJECT));
        assertTrue(e.getMessage().startsWith("cannot write " + site.resolve(tooLong) + ": "), e.getMessage());
        assertFalse(e.getMessage().contains(".site.new"), e.getMessage());
        assertEquals(java.util.Set.of(), siblings(), "nothing swapped in, nothing left behind");
    }
}

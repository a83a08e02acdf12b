package courseware.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Prints how long {@code site/} is absent during the swap on this machine: the time from the end
 * of the first rename (old site aside) to the end of the second (new site in), which is what
 * {@link SiteWriter} does. Not a test: figures are reported, never asserted.
 * Run: java -cp target/classes:target/test-classes courseware.write.SwapBenchmark [folder] [swaps]
 */
final class SwapBenchmark {
    public static void main(String[] args) throws IOException {
        Path base = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "target"), "swap-bench");
        int swaps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path site = base.resolve("site");
        fill(Files.createDirectory(site));
        long[] absentNanos = new long[swaps];
        for (int i = 0; i < swaps; i++) {
            Path staging = fill(Files.createDirectory(base.resolve(".site.new-" + i)));
            Path old = base.resolve(".site.old-" + i);
            Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            long gone = System.nanoTime();
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            absentNanos[i] = System.nanoTime() - gone;
            SiteWriter.deleteTree(old);
        }
        SiteWriter.deleteTree(base);
        Arrays.sort(absentNanos);
        System.out.printf("site absent during the swap, %d swaps in %s (%s):%n", swaps, base.getParent().toAbsolutePath(),
                Files.getFileStore(base.getParent()).type());
        System.out.printf("  median %.1f us, p99 %.1f us, max %.1f us%n", absentNanos[swaps / 2] / 1e3,
                absentNanos[(int) (swaps * 0.99)] / 1e3, absentNanos[swaps - 1] / 1e3);
    }

    /** A small site: 20 folders of 10 pages, so the renamed folders are not trivially empty. */
    private static Path fill(Path dir) throws IOException {
        for (int d = 0; d < 20; d++) {
            Path sub = Files.createDirectory(dir.resolve("d" + d));
            for (int f = 0; f < 10; f++) Files.writeString(sub.resolve("p" + f + ".html"), "<p>page</p>");
        }
        Files.writeString(dir.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
        return dir;
    }
}

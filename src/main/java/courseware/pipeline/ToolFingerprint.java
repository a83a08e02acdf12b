package courseware.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What identifies the code that made a stored lesson result: the bytes of courseware's own jar (its manifest names
 * every library with its version, KaTeX's included), or, when run from a classes folder (tests, a checkout), every
 * file in it (the filtered version resource names KaTeX and GraalJS). A version number alone would not do: a
 * checkout's code changes while its version stays, and a stale result would be a wrong page, not a slow one.
 */
final class ToolFingerprint {
    private static volatile String value;

    private ToolFingerprint() {}

    static String get() {
        String v = value;
        if (v == null) value = v = compute();
        return v;
    }

    private static String compute() {
        try {
            Path code = Path.of(ToolFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The JDK too: Math may round differently on another one, and checks depend on it.
            digest.update(("java " + Runtime.version() + "\n").getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(code)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    digest.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } else {
                digest.update(Files.readAllBytes(code));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            // No code to read (an unusual class loader): a value no other run shares, so nothing stored is reused.
            return "unidentified " + System.nanoTime();
        }
    }
}

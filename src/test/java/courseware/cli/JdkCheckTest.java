package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The jar's entry point refuses an unsupported JDK in one line, and can be loaded by old JDKs to do so. */
class JdkCheckTest {

    @Test
    void supportedJdksPass() {
        for (String v : new String[] {"21", "22", "23", "24", "25"}) {
            assertNull(JdkCheck.problem(v, "/jdk"), v);
        }
    }

    @Test
    void otherJdksGetOneLineNamingTheSupportedOnes() {
        assertEquals("courseware: error: JDK 17 (/usr/lib/jvm/jdk17) is not supported; courseware runs on JDK 21 to 25"
                + " (./courseware finds one by itself)", JdkCheck.problem("17", "/usr/lib/jvm/jdk17"));
        for (String v : new String[] {"1.8", "11", "20", "26", "", "x", null}) {
            String problem = JdkCheck.problem(v, "/jdk");
            assertTrue(problem != null && problem.contains("runs on JDK 21 to 25") && !problem.contains("\n"), v);
        }
    }

    @Test
    void featureVersions() {
        assertEquals(8, JdkCheck.feature("1.8"));
        assertEquals(17, JdkCheck.feature("17"));
        assertEquals(25, JdkCheck.feature("25"));
        assertEquals(-1, JdkCheck.feature("abc"));
        assertEquals(-1, JdkCheck.feature(null));
    }

    /** Class file version 52: loadable by Java 8 and later, unlike the rest of the tool. */
    @Test
    void compiledForJava8() throws IOException {
        try (InputStream in = JdkCheck.class.getResourceAsStream("JdkCheck.class")) {
            DataInputStream data = new DataInputStream(in);
            assertEquals(0xCAFEBABE, data.readInt());
            data.readUnsignedShort(); // minor
            assertEquals(52, data.readUnsignedShort());
        }
    }

    /**
     * The real thing on every installed JDK outside the range (JDK 17 on this project's machines): one line on
     * stderr, nothing on stdout, exit code 2, no UnsupportedClassVersionError. Passes vacuously where none is
     * installed; .ci/run checks the jar the same way.
     */
    @Test
    void anInstalledOlderJdkIsRefusedInOneLine() throws Exception {
        Path classes = Path.of(JdkCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path home : unsupportedJdks()) {
            Process p = new ProcessBuilder(home.resolve("bin/java").toString(), "-cp", classes.toString(),
                    "courseware.cli.JdkCheck", "--version").start();
            p.getOutputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), home.toString());
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), home + ": " + err);
            assertEquals("", out, home.toString());
            assertTrue(err.startsWith("courseware: error: JDK ") && err.endsWith("courseware runs on JDK 21 to 25"
                    + " (./courseware finds one by itself)\n") && err.lines().count() == 1, home + ": " + err);
        }
    }

    /** JDK homes under /usr/lib/jvm whose release file names a feature version outside the range. */
    static List<Path> unsupportedJdks() throws IOException {
        List<Path> homes = new ArrayList<>();
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return homes;
        try (Stream<Path> entries = Files.list(jvms)) {
            for (Path home : entries.sorted().toList()) {
                Path release = home.resolve("release");
                if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) continue;
                String version = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                        .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse("");
                int feature = JdkCheck.feature(version.replaceFirst("^1\\.", "").replaceFirst("[^0-9].*", ""));
                Path real = home.toRealPath(); // java-17-openjdk-amd64 and its alias java-1.17.0-openjdk-amd64
                if (feature > 0 && (feature < JdkCheck.MIN || feature > JdkCheck.MAX) && !homes.contains(real)) homes.add(real);
            }
        }
        return homes;
    }
}

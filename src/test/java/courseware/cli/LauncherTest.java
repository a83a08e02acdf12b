package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How ./courseware picks its JDK: JAVA_HOME, then the java on PATH, then the newest JDK in the JVM folders, the
 * first in range; one line and exit 2 when there is none. Runs a copy of the real script in a project whose jar
 * is fresh (so nothing builds) against fake JDKs whose java prints how it was called.
 */
class LauncherTest {
    @TempDir Path tmp;
    Path project;
    Path jvms;

    @BeforeEach
    void project() throws IOException {
        project = tmp.resolve("project");
        Files.createDirectories(project.resolve("src/main"));
        Files.createDirectories(project.resolve("target"));
        Files.copy(Path.of("courseware"), project.resolve("courseware"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(project.resolve("pom.xml"), old);
        Files.setLastModifiedTime(project.resolve("src/main"), old);
        Files.writeString(project.resolve("target/courseware.jar"), "fresh");
        jvms = Files.createDirectories(tmp.resolve("jvms"));
    }

    /** A fake JDK: a release file when {@code viaRelease}, else the version only from {@code java -version}. */
    private Path jdk(String name, String version, boolean viaRelease) throws IOException {
        Path home = jvms.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2025-01-01' >&2; exit 0; fi\n"
                + "echo \"" + name + ": $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (viaRelease) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String javaHome, Path pathJdk) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("courseware").toString(), "--version");
        Map<String, String> env = pb.environment();
        env.remove("JAVA_HOME");
        if (javaHome != null) env.put("JAVA_HOME", javaHome);
        env.put("PATH", pathJdk.resolve("bin") + ":" + System.getenv("PATH"));
        env.put("COURSEWARE_JVM_DIRS", jvms.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private String jar() {
        return project.resolve("target/courseware.jar").toString();
    }

    @Test
    void javaHomeFirst() throws Exception {
        Path jdk25 = jdk("jdk25", "25.0.3", true);
        jdk("jdk24", "24.0.1", true);
        Run run = launch(jdk25.toString(), jdk25);
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow -jar " + jar() + " --version\n", run.out(), run.err());
        assertEquals(0, run.exit());
    }

    @Test
    void anUnsupportedJavaHomeAndPathJavaAreSkippedForTheNewestSupportedJdk() throws Exception {
        Path jdk17 = jdk("jdk17", "17.0.15", true);
        jdk("jdk21", "21.0.2", false);
        jdk("jdk22", "22", true);
        jdk("jdk26", "26", true);
        Run run = launch(jdk17.toString(), jdk17);
        assertEquals("jdk22: -jar " + jar() + " --version\n", run.out(), run.err()); // 22 has no Unsafe switch
        assertEquals("", run.err());
    }

    @Test
    void theJavaOnPathWhenItFits() throws Exception {
        Path jdk21 = jdk("jdk21", "21.0.2", false);
        jdk("jdk25", "25.0.3", true);
        Run run = launch(null, jdk21);
        assertEquals("jdk21: -jar " + jar() + " --version\n", run.out(), run.err());
    }

    @Test
    void noSupportedJdkIsOneLineAndExitTwo() throws Exception {
        Path jdk17 = jdk("jdk17", "17.0.15", true);
        jdk("jdk8", "1.8.0_392", false);
        Run run = launch(null, jdk17);
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("courseware: error: courseware runs on JDK 21 to 25 and found none"), run.err());
        assertTrue(run.err().contains("JDK 17 (" + jdk17.toRealPath() + ")") && run.err().contains("JDK 8 ("), run.err());
    }
}

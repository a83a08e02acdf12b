package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
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
    /** The collector and heap sizing the launcher always passes (docs/benchmarks.md, "Math at scale"). */
    private static final String GC = "-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 ";

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
                + "echo \"" + name + ": $*\"\n"
                // Like a JDK 25 for the AOT cache: a recording run writes its configuration, a creating run the cache.
                + "for a; do case \"$a\" in -XX:AOTConfiguration=*) c=\"${a#*=}\" ;; -XX:AOTCache=*) o=\"${a#*=}\" ;; esac; done\n"
                + "case \" $* \" in *' -XX:AOTMode=record '*) echo classes > \"$c\" ;; *' -XX:AOTMode=create '*) echo cache > \"$o\" ;; esac\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (viaRelease) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String javaHome, Path pathJdk) throws Exception {
        return launch(javaHome, pathJdk, Map.of(), "--version");
    }

    private Run launch(String javaHome, Path pathJdk, Map<String, String> vars, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("courseware").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        Map<String, String> env = pb.environment();
        env.remove("JAVA_HOME");
        if (javaHome != null) env.put("JAVA_HOME", javaHome);
        env.put("PATH", pathJdk.resolve("bin") + ":" + System.getenv("PATH"));
        env.put("COURSEWARE_JVM_DIRS", jvms.toString());
        env.remove("COURSEWARE_JIT");
        env.remove("COURSEWARE_AOT");
        env.putAll(vars);
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
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n", run.out(), run.err());
        assertEquals(0, run.exit());
    }

    @Test
    void anUnsupportedJavaHomeAndPathJavaAreSkippedForTheNewestSupportedJdk() throws Exception {
        Path jdk17 = jdk("jdk17", "17.0.15", true);
        jdk("jdk21", "21.0.2", false);
        jdk("jdk22", "22", true);
        jdk("jdk26", "26", true);
        Run run = launch(jdk17.toString(), jdk17);
        assertEquals("jdk22: " + GC + "-jar " + jar() + " --version\n", run.out(), run.err()); // 22 has no Unsafe switch
        assertEquals("", run.err());
    }

    @Test
    void aCheckoutNeverRunsOnTheImageRuntimeThatPackageLeavesInTarget() throws Exception {
        Path jdk24 = jdk("jdk24", "24.0.1", true);
        Files.move(jdk("runtime", "25.0.3", true), project.resolve("target/runtime")); // what `package` jlinks for the image
        Run run = launch(jdk24.toString(), jdk24);
        assertEquals("jdk24: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n", run.out(), run.err());
    }

    @Test
    void theJavaOnPathWhenItFits() throws Exception {
        Path jdk21 = jdk("jdk21", "21.0.2", false);
        jdk("jdk25", "25.0.3", true);
        Run run = launch(null, jdk21);
        assertEquals("jdk21: " + GC + "-jar " + jar() + " --version\n", run.out(), run.err());
    }

    /** What the build copies to target/jit: the Graal compiler and its three modules at the polyglot version. */
    private String jitJars(String version) throws IOException {
        Path dir = Files.createDirectories(project.resolve("target/jit"));
        List<String> jars = new ArrayList<>();
        for (String name : List.of("collections", "compiler", "truffle-compiler", "word")) {
            jars.add(Files.writeString(dir.resolve(name + "-" + version + ".jar"), "jar").toString());
        }
        return String.join(":", jars);
    }

    /** The launcher's threshold: from this many lessons a cold build gets the JIT. */
    private static final int JIT_LESSONS = 100;

    /** A JDK 25.0.3 with the compiler jars, and a course big enough for the JIT whose math cache is not empty. */
    private Path bigCachedCourseOnJdk25() throws IOException {
        Path jdk25 = jdk("jdk25", "25.0.3", true);
        jitJars("25.0.3");
        lessons(JIT_LESSONS);
        Files.createDirectories(project.resolve(".cache/math/ab"));
        Files.writeString(project.resolve(".cache/math/ab/cd.html"), "cached");
        return jdk25;
    }

    private void lessons(int count) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        for (int i = 0; i < count; i++) Files.writeString(content.resolve("l" + i + ".md"), "# lesson");
    }

    private static final String JIT = "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=";

    @Test
    void aBigColdBuildGetsTheJitWhenTheJdkMatchesTheCompiler() throws Exception {
        Path jdk25 = jdk("jdk25", "25.0.3", true);
        String jars = jitJars("25.0.3");
        lessons(JIT_LESSONS);
        Run run = launch(jdk25.toString(), jdk25, Map.of(), "build", "--strict");
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + JIT + jars + " -jar " + jar() + " build --strict\n",
                run.out(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aLaterUpdateOfTheSameJdkAlsoGetsTheJit() throws Exception {
        Path jdk25 = jdk("jdk25", "25.0.11", true);
        String jars = jitJars("25.0.3");
        Run run = launch(jdk25.toString(), jdk25, Map.of("COURSEWARE_JIT", "on"), "check");
        assertTrue(run.out().contains(JIT + jars + " -jar"), run.out());
    }

    @Test
    void noJitOnAnOlderUpdateAnotherFeatureReleaseOrWithoutTheJars() throws Exception {
        Map<String, String> on = Map.of("COURSEWARE_JIT", "on");
        Path jdk25 = jdk("jdk25", "25.0.2", true);
        Path jdk24 = jdk("jdk24", "24.0.3", true);
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n",
                launch(jdk25.toString(), jdk25, on, "--version").out(), "no compiler jars");
        jitJars("25.0.3");
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n",
                launch(jdk25.toString(), jdk25, on, "--version").out(), "25.0.2 is older than the compiler");
        assertEquals("jdk24: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n",
                launch(jdk24.toString(), jdk24, on, "--version").out(), "another feature release");
    }

    @Test
    void aSmallOrCachedBuildTrainsThenUsesAnAotCache() throws Exception {
        Path jdk25 = bigCachedCourseOnJdk25();
        Path aot = project.resolve("target/aot/courseware-25.0.3.aot");

        Run first = launch(jdk25.toString(), jdk25, Map.of(), "build");
        assertTrue(first.out().startsWith("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-XX:AOTMode=record -XX:AOTConfiguration="
                + aot + "."), first.out());
        assertTrue(first.out().endsWith(".config -Xlog:aot=off,cds=off -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -jar "
                + jar() + " build\n"), first.out());
        assertEquals("", first.err());
        assertEquals(0, first.exit());
        assertEquals("cache\n", Files.readString(aot), "the training run wrote the cache");
        try (var left = Files.list(aot.getParent())) {
            assertEquals(List.of(aot), left.toList(), "no configuration or temporary file is left");
        }

        Run second = launch(jdk25.toString(), jdk25, Map.of(), "check", "--strict");
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-XX:AOTCache=" + aot + " -Xlog:aot=off,cds=off -jar " + jar()
                + " check --strict\n", second.out(), second.err());

        Files.setLastModifiedTime(aot, FileTime.fromMillis(1_000_000_000_000L)); // older than the jar: stale
        Run stale = launch(jdk25.toString(), jdk25, Map.of(), "--version");
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " --version\n", stale.out());
        assertTrue(Files.notExists(aot), "a stale cache is deleted");

        Run off = launch(jdk25.toString(), jdk25, Map.of("COURSEWARE_AOT", "off"), "build");
        assertEquals("jdk25: --sun-misc-unsafe-memory-access=allow " + GC + "-jar " + jar() + " build\n", off.out());
    }

    @Test
    void theCacheAndContentOptionsDecide() throws Exception {
        Path jdk25 = bigCachedCourseOnJdk25();
        Path empty = Files.createDirectories(tmp.resolve("empty-cache"));
        assertTrue(launch(jdk25.toString(), jdk25, Map.of(), "build", "--cache", empty.toString()).out().contains(JIT));
        assertTrue(launch(jdk25.toString(), jdk25, Map.of(), "build", "--cache=" + empty).out().contains(JIT));
        Path few = Files.createDirectories(tmp.resolve("few"));
        assertTrue(launch(jdk25.toString(), jdk25, Map.of(), "build", "--cache=" + empty, "--content", few.toString())
                .out().contains("-XX:AOTMode=record"), "a small course runs interpreted");
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

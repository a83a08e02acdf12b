package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The supported JDK range is written in four places; they must agree, and the tests must run inside it. */
class JdkRangeTest {

    @Test
    void pomLauncherAndEntryPointAgree() throws IOException {
        assertEquals(String.valueOf(JdkCheck.MIN), System.getProperty("courseware.jdk.min"), "pom.xml courseware.jdk.min");
        assertEquals(String.valueOf(JdkCheck.MAX), System.getProperty("courseware.jdk.max"), "pom.xml courseware.jdk.max");
        assertEquals("[" + JdkCheck.MIN + "," + (JdkCheck.MAX + 1) + ")", System.getProperty("courseware.jdk.range"),
                "pom.xml courseware.jdk.range");
        String launcher = Files.readString(Path.of("courseware"));
        assertTrue(launcher.contains("\njdk_min=" + JdkCheck.MIN + "\n"), "./courseware jdk_min");
        assertTrue(launcher.contains("\njdk_max=" + JdkCheck.MAX + "\n"), "./courseware jdk_max");
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("JDK " + JdkCheck.MIN + " to " + JdkCheck.MAX), "README names the range");
    }

    @Test
    void theSuiteRunsOnASupportedJdk() {
        int feature = Runtime.version().feature();
        assertTrue(feature >= JdkCheck.MIN && feature <= JdkCheck.MAX, "tests run on JDK " + feature);
    }
}

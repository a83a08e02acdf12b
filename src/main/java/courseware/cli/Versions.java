package courseware.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version and the versions of what typesets its math, as the build recorded them (version.properties). */
final class Versions implements CommandLine.IVersionProvider {
    private static final Properties RECORDED = read();

    /** This courseware's version, for example 0.2.0. */
    static String courseware() {
        return RECORDED.getProperty("courseware");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "courseware " + courseware() + " (KaTeX " + RECORDED.getProperty("katex") + ", GraalJS " + RECORDED.getProperty("graaljs")
                    + "; on Java " + Runtime.version() + ")"
        };
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/courseware/version.properties")) {
            if (in == null) throw new IllegalStateException("version.properties is missing from the courseware jar");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

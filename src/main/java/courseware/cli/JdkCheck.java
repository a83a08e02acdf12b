package courseware.cli;

/**
 * The jar's entry point: refuses, in one line, a JDK the tool does not run on, then runs {@link Main}.
 * Without it an older JDK dies with an UnsupportedClassVersionError trace and a newer one may die deep inside
 * GraalJS (as GraalJS 23.1 did on JDK 22+). Compiled for Java 8 (see pom.xml) so that any JDK from 8 on can load
 * it; keep it to Java 8 API. The range is also in pom.xml and ./courseware; JdkRangeTest keeps them equal.
 */
public final class JdkCheck {
    static final int MIN = 21;
    static final int MAX = 25;

    private JdkCheck() {}

    public static void main(String[] args) throws InterruptedException {
        String problem = problem(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(2); // ExitCodes.USAGE_OR_IO, not referenced: that class is compiled for the newer JDK
        }
        Main.main(args);
    }

    /** The one-line refusal for a JDK of this specification version ("1.8", "17", "25"), or null if it is fine. */
    static String problem(String specVersion, String javaHome) {
        int feature = feature(specVersion);
        if (feature >= MIN && feature <= MAX) {
            return null;
        }
        return "courseware: error: JDK " + specVersion + " (" + javaHome + ") is not supported; courseware runs on JDK "
                + MIN + " to " + MAX + " (./courseware finds one by itself)";
    }

    /** 8 for "1.8", 17 for "17"; -1 if unreadable, which counts as unsupported. */
    static int feature(String specVersion) {
        if (specVersion == null) {
            return -1;
        }
        String v = specVersion.startsWith("1.") ? specVersion.substring(2) : specVersion;
        int dot = v.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package courseware.export;

import java.util.Locale;

/** The formats {@code courseware export} writes, with the file each writes by default. */
public enum ExportFormat {
    QTI("IMS QTI 2.1", "courseware-qti.zip"),
    MOODLE("Moodle XML", "courseware-moodle.xml");

    private final String title;
    private final String defaultFile;

    ExportFormat(String title, String defaultFile) {
        this.title = title;
        this.defaultFile = defaultFile;
    }

    /** The name in messages, e.g. "Moodle XML". */
    public String title() { return title; }

    public String defaultFile() { return defaultFile; }

    /** The word on the command line: {@code qti} or {@code moodle}. */
    public String word() { return name().toLowerCase(Locale.ROOT); }
}

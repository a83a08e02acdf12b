package courseware.render;

import java.io.Serializable;
import java.util.SortedMap;

/** The search index's files (site path to bytes), as kept between builds. */
record SearchFiles(SortedMap<String, byte[]> files) implements Serializable {
    private static final long serialVersionUID = 1L;
}

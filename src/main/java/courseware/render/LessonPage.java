package courseware.render;

import java.io.Serializable;
import java.util.List;

/** A lesson's finished page and its search documents, as kept between builds under {@code key} (null: not kept). */
record LessonPage(String key, byte[] html, List<SearchIndex.Doc> docs) implements Serializable {
    private static final long serialVersionUID = 1L;
}

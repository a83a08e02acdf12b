package courseware.model;

import java.util.List;

/** A lesson's YAML front matter, exactly the keys of format v1 (docs/authoring.md). */
public record FrontMatter(
        String id,
        String title,
        String module,
        Integer order,
        Integer minutes,
        List<String> prerequisites,
        String next) implements java.io.Serializable {
    public FrontMatter {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}

package courseware.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code content/course.yml}: the course title, the pages' language, the address the site is published at, TeX
 * macros every lesson may use, its modules in order, lessons planned but not written.
 *
 * @param language a BCP 47 tag for the pages' {@code lang} (default {@code en})
 * @param url      the published site's base address, ending in '/', or null when not said (no canonical links, no sitemap)
 * @param macros   KaTeX macros, name (such as {@code \R}) to expansion; sorted, so the math cache key does not depend on their order
 * @param seed     text that, with each lesson's id and item, draws the variants ("" when not said): a new seed (a new
 *                 term, say) gives every drawn variant new numbers
 */
public record CourseConfig(String title, String language, String url, SortedMap<String, String> macros,
        List<ModuleInfo> modules, List<PlannedLesson> planned, String seed) implements java.io.Serializable {
    public static final String DEFAULT_LANGUAGE = "en";

    public CourseConfig {
        language = language == null ? DEFAULT_LANGUAGE : language;
        macros = macros == null ? new TreeMap<>() : new TreeMap<>(macros);
        macros = java.util.Collections.unmodifiableSortedMap(macros);
        modules = modules == null ? List.of() : List.copyOf(modules);
        planned = planned == null ? List.of() : List.copyOf(planned);
        seed = seed == null ? "" : seed;
    }

    public record ModuleInfo(String id, String title) implements java.io.Serializable {}

    public record PlannedLesson(String id, String title) implements java.io.Serializable {}
}

package courseware.render;

import courseware.model.Lesson;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the render stage needs from the build to skip pages it made before, and to make the others side by side. The
 * renderer decides what a page depends on (its key); the build keeps the entries and runs the work.
 */
public interface PageCache {
    /** What identifies the lesson's own inputs (text, tool, macros), or empty when its page must not be kept. */
    Optional<String> lessonKey(Lesson lesson);

    <T extends Serializable> Optional<T> load(String key, Class<T> type);

    void store(String key, Serializable value);

    /** {@code work} on every item, results in the items' order; the items may run at once on several threads. */
    <T, R> List<R> map(List<T> items, Function<T, R> work);

    /** Keeps nothing and runs everything on the caller's thread. */
    PageCache NONE = new PageCache() {
        @Override
        public Optional<String> lessonKey(Lesson lesson) {
            return Optional.empty();
        }

        @Override
        public <T extends Serializable> Optional<T> load(String key, Class<T> type) {
            return Optional.empty();
        }

        @Override
        public void store(String key, Serializable value) {}

        @Override
        public <T, R> List<R> map(List<T> items, Function<T, R> work) {
            return items.stream().map(work).toList();
        }
    };
}

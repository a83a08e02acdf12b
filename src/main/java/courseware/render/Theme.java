package courseware.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's look: the built-in theme, packaged in the tool from this repository's {@code templates/}, overlaid
 * file by file by a course's own templates folder when it has one. A template or asset of the same relative path in
 * the folder wins; everything else comes from the built-in theme, so a course that overrides one file keeps every
 * later fix to the others.
 */
public final class Theme {
    /** Where the built-in theme lies among the tool's resources. */
    static final String RESOURCES = "courseware/theme";

    private static volatile SortedMap<String, byte[]> builtIn;

    private final Optional<Path> overrides;
    private SortedMap<String, byte[]> files; // as they apply to this course, read on first use

    private Theme(Optional<Path> overrides) {
        this.overrides = overrides;
    }

    /** The built-in theme alone. */
    public static Theme builtIn() {
        return new Theme(Optional.empty());
    }

    /** The built-in theme overlaid by {@code folder}, or the built-in theme alone when there is no such folder. */
    public static Theme overlaidBy(Path folder) {
        return new Theme(Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty());
    }

    /** The course's own templates folder, when it has one. */
    public Optional<Path> overrides() {
        return overrides;
    }

    /** Templates are looked up in the course's folder first, then in the tool. */
    TemplateLoader templateLoader() throws IOException {
        TemplateLoader tool = new ClassTemplateLoader(Theme.class.getClassLoader(), RESOURCES);
        if (overrides.isEmpty()) return tool;
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.get().toFile()), tool});
    }

    /** Where a template of this name is read from, as a person would look for it (for error messages). */
    String where(String template) {
        if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(template))) {
            return overrides.get().resolve(template).toString();
        }
        return "(built-in theme) " + template;
    }

    /** Every file of the theme as it applies to this course: relative path ('/'-separated) to bytes, sorted. */
    public synchronized SortedMap<String, byte[]> files() throws IOException {
        if (files != null) return files;
        SortedMap<String, byte[]> all = new TreeMap<>(builtInFiles());
        if (overrides.isPresent()) {
            Path dir = overrides.get();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    all.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        files = Collections.unmodifiableSortedMap(all);
        return files;
    }

    /** The built-in theme's files, read once per process from the tool's resources (a jar or, in tests, a folder). */
    public static SortedMap<String, byte[]> builtInFiles() {
        SortedMap<String, byte[]> files = builtIn;
        if (files == null) {
            synchronized (Theme.class) {
                if (builtIn == null) builtIn = Collections.unmodifiableSortedMap(readBuiltIn());
                files = builtIn;
            }
        }
        return files;
    }

    private static SortedMap<String, byte[]> readBuiltIn() {
        URL marker = Theme.class.getClassLoader().getResource(RESOURCES + "/layout.ftlh");
        if (marker == null) throw new IllegalStateException("the built-in theme is missing from the courseware jar");
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) return read(Path.of(uri).getParent());
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) { // ours: closed once read
                return read(jar.getPath(RESOURCES));
            } catch (FileSystemAlreadyExistsException e) { // someone else's: read, and left open for them
                return read(FileSystems.getFileSystem(uri).getPath(RESOURCES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, byte[]> read(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

package courseware.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a content folder (its files, not subfolders) that a test may edit freely. */
public final class TestContent {
    private TestContent() {}

    /** Copies the files of {@code from} into {@code into} (created) and returns {@code into}. */
    public static Path copy(Path from, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) Files.copy(p, into.resolve(p.getFileName()));
        }
        return into;
    }
}

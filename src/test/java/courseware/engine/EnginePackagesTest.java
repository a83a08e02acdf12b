package courseware.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's package structure, read from the sources' text (imports and qualified names): sub-packages depend on
 * each other one way only, the shared core depends on none of them, and the engine knows nothing of the rest of
 * courseware. Reading text keeps this free of an architecture library; references by simple name inside one
 * package need no import, so every cross-package reference shows up here.
 */
class EnginePackagesTest {
    private static final Path ENGINE = Path.of("src/main/java/courseware/engine");
    private static final Pattern REF = Pattern.compile("\\bcourseware\\.(\\w+)(?:\\.(\\w+))?");

    /** Package (sub-package name, "" for the core) to the packages its sources refer to. */
    private static Map<String, Set<String>> graph(List<String> outsideRefs) throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ENGINE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path dir = ENGINE.relativize(file).getParent();
                String from = dir == null ? "" : dir.toString();
                Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REF.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals("engine")) {
                        outsideRefs.add(file + ": courseware." + m.group(1));
                        continue;
                    }
                    String sub = m.group(2) != null && Character.isLowerCase(m.group(2).charAt(0)) ? m.group(2) : "";
                    if (!sub.equals(from)) {
                        to.add(sub);
                    }
                }
            }
        }
        return edges;
    }

    @Test
    void subPackagesDependOneWayAndTheCoreOnNone() throws IOException {
        List<String> outside = new ArrayList<>();
        Map<String, Set<String>> edges = graph(outside);
        assertTrue(edges.keySet().containsAll(Set.of("", "schedule", "optim", "clip", "objective", "experiment")),
                "engine packages read: " + edges.keySet());
        assertEquals(Set.of(), edges.get(""), "the engine core must not depend on its sub-packages");
        assertEquals(List.of(), outside, "the engine must not depend on the rest of courseware");
        for (String start : edges.keySet()) {
            List<String> cycle = cycleFrom(start, edges, new ArrayList<>());
            assertTrue(cycle.isEmpty(), "engine packages depend on each other in a cycle: " + cycle);
        }
    }

    /** A path from {@code node} back to a package already on {@code path}, or empty. */
    private static List<String> cycleFrom(String node, Map<String, Set<String>> edges, List<String> path) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return cycle;
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            List<String> cycle = cycleFrom(next, edges, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    @Test
    void findsACycle() {
        Map<String, Set<String>> edges = Map.of("optim", Set.of("schedule"), "schedule", Set.of("clip"),
                "clip", Set.of("optim"));
        assertEquals(List.of("optim", "schedule", "clip", "optim"), cycleFrom("optim", edges, new ArrayList<>()));
        assertEquals(List.of(), cycleFrom("clip", Map.of("clip", Set.of("")), new ArrayList<>()));
    }
}

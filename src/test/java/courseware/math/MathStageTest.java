package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache and stage logic with a fake renderer: no GraalJS here, so this class runs in milliseconds. */
class MathStageTest {

    private static final MathRequest A = new MathRequest("a", false);
    private static final MathRequest B = new MathRequest("b", true);
    private static final MathRequest BAD = new MathRequest("\\bad", false);

    /** Renders "<x>" for tex x, fails on tex starting with \bad, and counts calls. */
    static class FakeRenderer implements MathRenderer {
        final String fingerprint;
        final List<MathRequest> calls = new ArrayList<>();

        FakeRenderer(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public String optionsFingerprint() {
            return fingerprint;
        }

        @Override
        public MathResult render(MathRequest request) {
            calls.add(request);
            return request.tex().startsWith("\\bad")
                    ? new MathResult.Failed("bad", 0)
                    : new MathResult.Rendered("<" + request.tex() + (request.display() ? " display" : "") + ">");
        }
    }

    @Test
    void deduplicatesAndKeepsFirstAppearanceOrder() {
        FakeRenderer fake = new FakeRenderer("fp");
        MathStage stage = new MathStage(MathCache.inMemory(), fake);
        Map<MathRequest, MathResult> out = stage.renderAll(List.of(B, A, B, A, new MathRequest("a", true)));
        assertEquals(List.of(B, A, new MathRequest("a", true)), List.copyOf(out.keySet()));
        assertEquals(new MathResult.Rendered("<b display>"), out.get(B));
        assertEquals(3, fake.calls.size());
        assertEquals(3, stage.rendered());
        assertEquals(0, stage.cacheHits());
    }

    @Test
    void secondBuildIsServedFromDiskWithoutRendering(@TempDir Path dir) {
        MathStage first = new MathStage(MathCache.onDisk(dir), new FakeRenderer("fp"));
        Map<MathRequest, MathResult> before = first.renderAll(List.of(A, B));

        FakeRenderer again = new FakeRenderer("fp");
        MathStage second = new MathStage(MathCache.onDisk(dir), again);
        assertEquals(before, second.renderAll(List.of(A, B)));
        assertEquals(0, second.rendered());
        assertEquals(2, second.cacheHits());
        assertTrue(again.calls.isEmpty());
    }

    @Test
    void fullyCachedBuildNeverStartsKatex(@TempDir Path dir) {
        try (KatexRenderer katex = new KatexRenderer()) {
            MathCache cache = MathCache.onDisk(dir);
            cache.store(MathCache.key(MathStage.fingerprint(katex), A), "<cached>");
            MathStage stage = new MathStage(cache, katex);
            assertEquals(Map.of(A, new MathResult.Rendered("<cached>")), stage.renderAll(List.of(A, A)));
            assertEquals(1, stage.cacheHits());
            assertEquals(0, stage.rendered());
            assertFalse(katex.started());
        }
    }

    @Test
    void aChangedFingerprintMisses(@TempDir Path dir) {
        new MathStage(MathCache.onDisk(dir), new FakeRenderer("katex 1")).renderAll(List.of(A));
        FakeRenderer upgraded = new FakeRenderer("katex 2");
        new MathStage(MathCache.onDisk(dir), upgraded).renderAll(List.of(A));
        assertEquals(List.of(A), upgraded.calls);
        assertNotEquals(MathCache.key("fp", A), MathCache.key("fp", new MathRequest("a", true)));
    }

    @Test
    void theCoursesMacrosArePartOfTheKey(@TempDir Path dir) {
        MathRequest withMacros = new MathRequest("a", false, "{\"\\\\R\":\"\\\\mathbb{R}\"}");
        MathRequest otherMacros = new MathRequest("a", false, "{\"\\\\R\":\"\\\\mathcal{R}\"}");
        assertNotEquals(MathCache.key("fp", A), MathCache.key("fp", withMacros));
        assertNotEquals(MathCache.key("fp", withMacros), MathCache.key("fp", otherMacros));
        // Without macros a key is what it was before macros existed, so an older cache still serves.
        assertEquals(sha256Hex("fp\ninline\na"), MathCache.key("fp", A));
        // A request that differs only in its macros is typeset again, and both stay cached.
        FakeRenderer fake = new FakeRenderer("fp");
        new MathStage(MathCache.onDisk(dir), fake).renderAll(List.of(A, withMacros, A, otherMacros));
        assertEquals(List.of(A, withMacros, otherMacros), fake.calls);
    }

    private static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void corruptEntriesAreMissesAndGetRepaired(@TempDir Path dir) throws IOException {
        try (MathCache cache = MathCache.onDisk(dir)) {
            new MathStage(cache, new FakeRenderer("fp")).renderAll(List.of(A, B));
        }
        Path pack = dir.resolve(MathCache.PACK);
        assertEquals(List.of(pack), listed(dir), "one pack file, not a file per expression");
        byte[] bytes = Files.readAllBytes(pack);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[text.indexOf("<a>") + 1] = 'x'; // A's markup no longer matches its checksum
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length - 2)); // B's record cut short, as by a kill

        FakeRenderer again = new FakeRenderer("fp");
        try (MathCache cache = MathCache.onDisk(dir)) {
            MathStage stage = new MathStage(cache, again);
            assertEquals(new MathResult.Rendered("<a>"), stage.renderAll(List.of(A, B)).get(A));
            assertEquals(List.of(A, B), again.calls);
        }
        FakeRenderer third = new FakeRenderer("fp");
        try (MathCache cache = MathCache.onDisk(dir)) {
            MathStage stage = new MathStage(cache, third);
            assertEquals(Map.of(A, new MathResult.Rendered("<a>"), B, new MathResult.Rendered("<b display>")),
                    stage.renderAll(List.of(A, B)));
            assertEquals(List.of(), third.calls, "repaired: both served from the pack");
        }
    }

    @Test
    void aForeignFileIsAnEmptyCacheAndIsStartedOver(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(MathCache.PACK), "not a pack at all, but long enough to look like one");
        FakeRenderer fake = new FakeRenderer("fp");
        try (MathCache cache = MathCache.onDisk(dir)) {
            new MathStage(cache, fake).renderAll(List.of(A));
        }
        try (MathCache cache = MathCache.onDisk(dir)) {
            assertEquals(java.util.Optional.of("<a>"), cache.load(MathCache.key(MathStage.fingerprint(fake), A)));
        }
        assertEquals(List.of(A), fake.calls);
    }

    @Test
    void twoCachesOnOnePackSeeEachOthersAppends(@TempDir Path dir) {
        try (MathCache one = MathCache.onDisk(dir); MathCache two = MathCache.onDisk(dir)) {
            new MathStage(one, new FakeRenderer("fp")).renderAll(List.of(A));
            new MathStage(two, new FakeRenderer("fp")).renderAll(List.of(B)); // indexes A's record before appending
            new MathStage(one, new FakeRenderer("fp")).renderAll(List.of(new MathRequest("c", false)));
        }
        FakeRenderer fresh = new FakeRenderer("fp");
        try (MathCache cache = MathCache.onDisk(dir)) {
            new MathStage(cache, fresh).renderAll(List.of(A, B, new MathRequest("c", false)));
        }
        assertEquals(List.of(), fresh.calls, "no record overwrote another");
    }

    @Test
    void whatThePackCannotTakeIsKeptForTheRunInstead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x"); // a cache folder under a file cannot be made
        String huge = "h".repeat(17 << 20); // markup over the pack's entry limit
        MathRenderer hugeMarkup = new FakeRenderer("fp") {
            @Override
            public MathResult render(MathRequest request) {
                return new MathResult.Rendered(huge);
            }
        };
        try (MathCache unwritable = MathCache.onDisk(file.resolve("math")); MathCache onDisk = MathCache.onDisk(dir)) {
            MathStage stage = new MathStage(unwritable, new FakeRenderer("fp"));
            assertEquals(Map.of(), stage.typeset(List.of(A), MathStage.Progress.NONE));
            assertEquals(java.util.Optional.of("<a>"), stage.html(A), "typeset, so its page gets it");
            MathStage big = new MathStage(onDisk, hugeMarkup);
            assertEquals(Map.of(), big.typeset(List.of(B), MathStage.Progress.NONE));
            assertTrue(big.html(B).filter(huge::equals).isPresent(), "kept in memory, so its page gets it");
        }
        try (MathCache reopened = MathCache.onDisk(dir)) {
            assertFalse(reopened.contains(MathCache.key("fp", B)), "never written to the pack");
        }
    }

    private static List<Path> listed(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void failuresAreReportedButNeverCached(@TempDir Path dir) {
        MathStage first = new MathStage(MathCache.onDisk(dir), new FakeRenderer("fp"));
        MathResult r = first.renderAll(List.of(BAD, A)).get(BAD);
        assertEquals(new MathResult.Failed("bad", 0), assertInstanceOf(MathResult.Failed.class, r));
        assertEquals(1, first.failures());
        assertEquals(1, first.rendered());

        FakeRenderer again = new FakeRenderer("fp");
        MathStage second = new MathStage(MathCache.onDisk(dir), again);
        second.renderAll(List.of(BAD, A));
        assertEquals(List.of(BAD), again.calls);
        assertEquals(1, second.cacheHits());
        assertEquals(1, second.failures());
    }
}

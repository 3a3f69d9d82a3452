package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {
    @TempDir Path root;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitMovesStagingIntoPlaceAndLeavesNoStaging() throws Exception {
        Path out = root.resolve("run1");
        try (ResultsFolder f = ResultsFolder.open(out, false)) {
            assertFalse(Files.exists(out), "nothing at the target while writing");
            assertTrue(f.path().getFileName().toString().startsWith(".run1.partial-"));
            Files.writeString(f.path().resolve("summary.csv"), "x");
            f.commit();
        }
        assertEquals(List.of("run1"), names());
        assertEquals("x", Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void refusesExistingNonEmptyFolder() throws Exception {
        Path out = Files.createDirectories(root.resolve("old"));
        Files.writeString(out.resolve("manifest.json"), "{}");
        ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, false));
        assertTrue(e.getMessage().contains("--force") && e.getMessage().contains("--out"), e.getMessage());
        assertEquals(List.of("old"), names());
    }

    @Test
    void acceptsExistingEmptyFolder() throws Exception {
        Path out = Files.createDirectories(root.resolve("empty"));
        try (ResultsFolder f = ResultsFolder.open(out, false)) {
            Files.writeString(f.path().resolve("a.txt"), "a");
            f.commit();
        }
        assertTrue(Files.exists(out.resolve("a.txt")));
    }

    @Test
    void forceReplacesOldResults() throws Exception {
        Path out = Files.createDirectories(root.resolve("r"));
        Files.writeString(out.resolve("manifest.json"), "{}");
        Files.writeString(out.resolve("stale.csv"), "old");
        try (ResultsFolder f = ResultsFolder.open(out, true)) {
            assertTrue(Files.exists(out.resolve("stale.csv")), "old results stay until commit");
            Files.writeString(f.path().resolve("new.csv"), "new");
            f.commit();
        }
        assertEquals(List.of("r"), names());
        assertTrue(Files.exists(out.resolve("new.csv")));
        assertFalse(Files.exists(out.resolve("stale.csv")));
    }

    @Test
    void forceRefusesFolderThatIsNotResults() throws Exception {
        Path out = Files.createDirectories(root.resolve("src"));
        Files.writeString(out.resolve("Main.java"), "class Main {}");
        assertThrows(IOException.class, () -> ResultsFolder.open(out, true));
        assertTrue(Files.exists(out.resolve("Main.java")));
    }

    @Test
    void abortLeavesNothing() throws Exception {
        Path out = root.resolve("run");
        ResultsFolder f = ResultsFolder.open(out, false);
        Files.createDirectories(f.path().resolve("charts"));
        Files.writeString(f.path().resolve("charts/a.png"), "png");
        f.abort();
        assertEquals(List.of(), names());
    }

    @Test
    void closeWithoutCommitAborts() throws Exception {
        try (ResultsFolder f = ResultsFolder.open(root.resolve("run"), false)) {
            Files.writeString(f.path().resolve("half.csv"), "x");
        }
        assertEquals(List.of(), names());
    }

    @Test
    void defaultFolderIsSlugAndStampAndAvoidsClashes() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-06-07T08:09:10Z"), ZoneOffset.UTC);
        Path first = ResultsFolder.defaultFolder(root, "Demo District (2 grids)", clock);
        assertEquals(root.resolve("demo-district-2-grids-20250607-080910"), first);
        Files.createDirectories(first);
        Path second = ResultsFolder.defaultFolder(root, "Demo District (2 grids)", clock);
        assertEquals(root.resolve("demo-district-2-grids-20250607-080910-2"), second);
        Files.createDirectories(second);
        assertEquals(root.resolve("demo-district-2-grids-20250607-080910-3"),
                ResultsFolder.defaultFolder(root, "Demo District (2 grids)", clock));
        assertEquals("东城区-demo", ResultsFolder.slug("东城区 Demo!"));
        assertEquals("results", ResultsFolder.slug("  ** "));
    }
}

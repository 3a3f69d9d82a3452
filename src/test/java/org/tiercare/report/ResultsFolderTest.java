package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
        assertEquals(ResultsExistException.Reason.EXISTS, e.reason());
        assertFalse(e.replaceable(), "a manifest.json alone does not make a folder tiercare's");
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

    /** A results folder as tiercare writes it: marked, with a manifest and a summary. */
    private Path written(String name) throws IOException {
        Path out = root.resolve(name);
        try (ResultsFolder f = ResultsFolder.open(out, false)) {
            Files.writeString(f.path().resolve("manifest.json"), "{}");
            Files.createDirectories(f.path().resolve("charts"));
            Files.writeString(f.path().resolve("charts/a.svg"), "<svg/>");
            Files.writeString(f.path().resolve("stale.csv"), "old");
            f.commit();
        }
        return out;
    }

    @Test
    void forceReplacesOldResults() throws Exception {
        Path out = written("r");
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
    void committedFolderIsMarkedCompleteWithEveryFileAndTheRunId() throws Exception {
        Path out = root.resolve("m");
        String runId;
        try (ResultsFolder f = ResultsFolder.open(out, false)) {
            runId = f.runId();
            String staged = Files.readString(f.path().resolve(ResultsFolder.MARKER));
            assertTrue(staged.contains("\"incomplete\"") && staged.contains("\"pid\" : " + ProcessHandle.current().pid()), staged);
            Files.writeString(f.path().resolve("a.csv"), "abc");
            f.commit();
        }
        FolderMarker.Marker m = FolderMarker.read(out).orElseThrow();
        assertTrue(m.complete());
        assertEquals(runId, m.runId());
        // sha256("abc") from FIPS 180-2
        assertEquals(List.of(new FolderMarker.Entry("a.csv", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")),
                m.files());
        assertEquals(List.of(), FolderMarker.foreign(out, m));
    }

    @Test
    void forceRefusesFolderThatIsNotResults() throws Exception {
        Path out = Files.createDirectories(root.resolve("src"));
        Files.writeString(out.resolve("Main.java"), "class Main {}");
        ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, true));
        assertEquals(ResultsExistException.Reason.NOT_TIERCARE, e.reason());
        assertTrue(Files.exists(out.resolve("Main.java")));
        assertEquals(List.of("src"), names(), "nothing staged, no lock left");
    }

    /** The measured bug: a manifest.json alone made a folder look like tiercare's, and --force deleted a thesis. */
    @Test
    void forceRefusesForeignManifestAndNamesEveryFile() throws Exception {
        Path out = Files.createDirectories(root.resolve("thesis"));
        Files.writeString(out.resolve("manifest.json"), "{\"mine\": true}");
        Files.writeString(out.resolve("thesis.docx"), "chapter 1");
        ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, true));
        assertEquals(ResultsExistException.Reason.NOT_TIERCARE, e.reason());
        assertEquals(List.of("manifest.json", "thesis.docx"), e.files());
        assertEquals("chapter 1", Files.readString(out.resolve("thesis.docx")));
        assertEquals("{\"mine\": true}", Files.readString(out.resolve("manifest.json")));
    }

    @Test
    void forceRefusesTiercareFolderWithAFileAddedOrChanged() throws Exception {
        Path out = written("r");
        Files.writeString(out.resolve("notes.txt"), "my notes");
        Files.writeString(out.resolve("stale.csv"), "edited");
        ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, true));
        assertEquals(ResultsExistException.Reason.FOREIGN_FILES, e.reason());
        assertEquals(List.of("notes.txt", "stale.csv"), e.files());
        // Without force the refusal says --force would not help either.
        ResultsExistException plain = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, false));
        assertEquals(ResultsExistException.Reason.EXISTS, plain.reason());
        assertFalse(plain.replaceable());
        assertEquals("my notes", Files.readString(out.resolve("notes.txt")));
        // The same folder untouched is replaceable, and says so.
        Path clean = written("clean");
        assertTrue(assertThrows(ResultsExistException.class, () -> ResultsFolder.open(clean, false)).replaceable());
    }

    @Test
    void aSecondRunOnAClaimedFolderIsRefusedAtOnceAndMayFollowTheFirst() throws Exception {
        Path out = root.resolve("busy");
        ResultsFolder first = ResultsFolder.open(out, false);
        ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, true));
        assertEquals(ResultsExistException.Reason.IN_USE, e.reason());
        assertEquals(Long.toString(ProcessHandle.current().pid()), e.holder());
        first.abort();
        try (ResultsFolder second = ResultsFolder.open(out, false)) {
            second.commit();
        }
        assertEquals(List.of("busy"), names());
    }

    @Test
    void staleStagingOfADeadOwnerIsCleanedAndNothingElse() throws Exception {
        // A lock file nobody holds (its run was killed): removed quietly.
        try (ResultsFolder killed = ResultsFolder.open(root.resolve("killed"), false)) {
            Files.copy(root.resolve(".killed.lock"), root.resolve(".gone.lock"));
            killed.abort();
        }
        // A dead owner, but its folder is claimed by a run going on now (another machine sharing the folder would
        // look dead by PID): kept.
        ResultsFolder busy = ResultsFolder.open(root.resolve("busy"), false);
        Path claimed = Files.createDirectory(root.resolve(".busy.partial-dddd"));
        FolderMarker.writeIncomplete(claimed, "r3", new FolderMarker.Owner(ProcessHandle.current().pid(), "1970-01-01T00:00:00Z"));
        // This PID with another start time is a process that has gone (the PID reused): stale.
        Path dead = Files.createDirectory(root.resolve(".old-run.partial-aaaa"));
        FolderMarker.writeIncomplete(dead, "r1", new FolderMarker.Owner(ProcessHandle.current().pid(), "1970-01-01T00:00:00Z"));
        Files.writeString(dead.resolve("summary.csv"), "half");
        // This process as it is: alive, kept.
        Path alive = Files.createDirectory(root.resolve(".other.partial-bbbb"));
        FolderMarker.writeIncomplete(alive, "r2", FolderMarker.Owner.current());
        // No marker: not tiercare's, whatever its name: kept.
        Path foreign = Files.createDirectory(root.resolve(".mine.partial-cccc"));
        Files.writeString(foreign.resolve("keep.txt"), "x");
        try (ResultsFolder f = ResultsFolder.open(root.resolve("next"), false)) {
            assertEquals(List.of(".old-run.partial-aaaa"), f.cleaned());
            f.commit();
        }
        busy.abort();
        assertEquals(List.of(".busy.partial-dddd", ".mine.partial-cccc", ".other.partial-bbbb", "next"), names());
    }

    @Test
    void resultsSetAsideByARunKilledWhileReplacingAreRestored() throws Exception {
        Path out = written("r");
        Files.move(out, root.resolve(".r.old-123456"));
        try (ResultsFolder f = ResultsFolder.open(out, false)) {
            fail("the restored results must be refused without --force");
        } catch (ResultsExistException e) {
            assertEquals(ResultsExistException.Reason.EXISTS, e.reason());
        }
        assertEquals("old", Files.readString(out.resolve("stale.csv")));
        assertEquals(List.of("r"), names());
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
    void defaultNamesAreSlugAndStampAndUniqueForRunsStartedInTheSameSecond() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-06-07T08:09:10Z"), ZoneOffset.UTC);
        String name = "Demo District (2 grids)";
        // Two runs in the same second, neither finished: each claims its own name.
        try (ResultsFolder a = ResultsFolder.openNew(root, name, clock); ResultsFolder b = ResultsFolder.openNew(root, name, clock)) {
            assertEquals(root.resolve("demo-district-2-grids-20250607-080910"), a.target());
            assertEquals(root.resolve("demo-district-2-grids-20250607-080910-2"), b.target());
            a.commit();
            b.commit();
        }
        // A third in that second skips both finished folders.
        try (ResultsFolder c = ResultsFolder.openNew(root, name, clock)) {
            assertEquals(root.resolve("demo-district-2-grids-20250607-080910-3"), c.target());
        }
        assertEquals("东城区-demo", ResultsFolder.slug("东城区 Demo!"));
        assertEquals("results", ResultsFolder.slug("  ** "));
    }
}

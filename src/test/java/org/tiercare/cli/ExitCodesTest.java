package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiercare.cli.RunCommandTest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.experiment.Experiment;
import org.tiercare.report.ResultsFolder;

/**
 * The exit-code contract as a user meets it: 2 for a refused request (nothing deleted, nothing simulated), 3 for a
 * machine that failed (one line, no trace), 130/143 for an interrupt (partial results kept and named, or nothing
 * written), 1 only for a defect. Signals are played through {@link Interrupts#raise}, the very method the INT and
 * TERM handlers call, at a chosen progress step; failures of the disk and memory through the seams of
 * {@link Execution}.
 */
class ExitCodesTest {
    @TempDir
    Path tmp;

    private static final String SMALL = "scenarios/validation/mmc-rho08.yaml";

    @AfterEach
    void resetSeams() {
        Execution.commitCheck = null;
        Execution.stepHook = null;
    }

    /**
     * Three replications of about 300,000 events each: after a signal at a step of one of them, more than the
     * simulation's interrupt-check interval (65,536 events) remain, so that replication is always cut short. With a
     * shorter run it could finish before the command saw the signal, and the outcome would depend on timing.
     */
    private static RunCommandTest.Outcome run(Path out, String... more) {
        String[] base = {"run", SMALL, "--replications", "3", "--threads", "1", "--set", "horizon=20000 h", "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli(args);
    }

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void noTrace(RunCommandTest.Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), "no stack trace: " + o.err());
        assertFalse(o.err().contains("internal error"), o.err());
    }

    /** Raises a signal at one progress step, then holds that replication until the pool interrupts it. */
    private static Execution.StepHook signalAt(long step, String signal) {
        return (interrupts, n) -> {
            if (n != step) return;
            interrupts.raise(signal);
            try {
                // The replication cannot finish before the command has seen the signal: it waits for the
                // pool's shutdownNow (bounded, so a broken interrupt fails the test rather than hanging it).
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void forceOntoAFolderWithAForeignManifestIsRefusedWithExit2AndDeletesNothing() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(out.resolve("manifest.json"), "{\"chapter\": 1}");
        Files.writeString(out.resolve("thesis.docx"), "four years of work");
        AtomicBoolean simulated = new AtomicBoolean();
        Execution.stepHook = (i, n) -> simulated.set(true);
        RunCommandTest.Outcome o = run(out, "--force");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("thesis.docx") && o.err().contains("manifest.json"), "names the files: " + o.err());
        noTrace(o);
        assertEquals("four years of work", Files.readString(out.resolve("thesis.docx")));
        assertEquals("{\"chapter\": 1}", Files.readString(out.resolve("manifest.json")));
        assertEquals(List.of("manifest.json", "thesis.docx"), names(out));
        assertEquals(List.of("thesis"), names(tmp), "no staging folder or lock left beside it");
        assertFalse(simulated.get(), "refused before simulating");
    }

    @Test
    void aFolderInUseByAnotherRunIsRefusedWithExit2BeforeSimulating() throws Exception {
        Path out = tmp.resolve("shared");
        AtomicBoolean simulated = new AtomicBoolean();
        Execution.stepHook = (i, n) -> simulated.set(true);
        try (ResultsFolder other = ResultsFolder.open(out, false)) { // another run, still simulating
            RunCommandTest.Outcome o = run(out, "--force");
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains("in use by another run"), o.err());
            noTrace(o);
            assertFalse(simulated.get(), "the second run must not simulate in full and then throw its results away");
            other.commit();
        }
        assertEquals(List.of("shared"), names(tmp));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExits3WithOneLine() throws Exception {
        // Root may write anywhere, but not below a regular file.
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        RunCommandTest.Outcome o = run(file.resolve("r"));
        assertEquals(3, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains(file.resolve("r").toString()) && o.err().contains("is a file, not a folder"), o.err());
        noTrace(o);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aFullDiskExits3WithOneLineAndLeavesNothing() throws Exception {
        Path out = tmp.resolve("full");
        Execution.commitCheck = staging -> {
            throw new FileSystemException(staging.resolve("summary.xlsx").toString(), null, "No space left on device");
        };
        RunCommandTest.Outcome o = run(out);
        assertEquals(3, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains(out.toAbsolutePath().toString()) && o.err().contains("disk is full"), o.err());
        noTrace(o);
        assertEquals(List.of(), names(tmp), "the staging folder is removed and the claim given up");
    }

    @Test
    void outOfMemoryOnAReplicationThreadExits3WithOneLine() throws Exception {
        Path out = tmp.resolve("oom");
        Execution.stepHook = (i, n) -> {
            if (n == 3) throw new OutOfMemoryError("Java heap space");
        };
        RunCommandTest.Outcome o = cli("run", SMALL, "--replications", "3", "--threads", "2", "--set", "horizon=2000 h",
                "--out", out.toString());
        assertEquals(3, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("out of memory") && o.err().contains("-Xmx"), o.err());
        noTrace(o);
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void aDefectIsTheOnlyExit1AndAsksForAReport() {
        Execution.stepHook = (i, n) -> {
            if (n == 3) throw new IllegalStateException("a bug");
        };
        RunCommandTest.Outcome o = run(tmp.resolve("bug"));
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("internal error (please report it") && o.err().contains("\tat "), o.err());
    }

    @Test
    void ctrlCBeforeAnyReplicationFinishedExits130AndWritesNothing() throws Exception {
        Path out = tmp.resolve("early");
        Execution.stepHook = signalAt(5, "INT");
        RunCommandTest.Outcome o = run(out);
        assertEquals(130, o.code(), o.out() + o.err());
        assertTrue(o.err().contains("before any replication finished: nothing was written"), o.err());
        noTrace(o);
        assertEquals(List.of(), names(tmp), "no results folder, no staging folder, no lock");
    }

    @Test
    void ctrlCAfterOneReplicationExits130KeepsItAsPartialAndSaysWhere() throws Exception {
        Path out = tmp.resolve("partial");
        Execution.stepHook = signalAt(Experiment.PROGRESS_STEPS + 5, "INT");
        RunCommandTest.Outcome o = run(out);
        assertEquals(130, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("the 1 of 3 replications that finished are kept in " + out.toAbsolutePath()), o.out());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.get("partial").asBoolean());
        assertEquals(1, manifest.get("replications_completed").asInt());
        assertEquals(List.of("partial"), names(tmp));
    }

    @Test
    void sigtermExits143() throws Exception {
        Execution.stepHook = signalAt(Experiment.PROGRESS_STEPS + 5, "TERM");
        RunCommandTest.Outcome o = run(tmp.resolve("term"));
        assertEquals(143, o.code(), o.out() + o.err());
        assertTrue(o.out().contains("interrupted (SIGTERM)"), o.out());
        Execution.stepHook = signalAt(5, "TERM");
        assertEquals(143, run(tmp.resolve("term-early")).code());
    }

    @Test
    void theWarmupCommandFollowsTheSameRules() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("w"));
        Files.writeString(out.resolve("thesis.docx"), "mine");
        RunCommandTest.Outcome refused = cli("warmup", SMALL, "--replications", "2", "--set", "horizon=500 h",
                "--series", "consult queue (all facilities)", "--out", out.toString(), "--force");
        assertEquals(2, refused.code(), refused.err());
        assertEquals("mine", Files.readString(out.resolve("thesis.docx")));
        Path fresh = tmp.resolve("w2");
        Execution.stepHook = signalAt(5, "INT");
        RunCommandTest.Outcome early = cli("warmup", SMALL, "--replications", "2", "--threads", "1", "--set", "horizon=500 h",
                "--series", "consult queue (all facilities)", "--out", fresh.toString());
        assertEquals(130, early.code(), early.err());
        assertFalse(Files.exists(fresh));
        Execution.stepHook = null;
        assertEquals(0, cli("warmup", SMALL, "--replications", "2", "--set", "horizon=500 h",
                "--series", "consult queue (all facilities)", "--out", fresh.toString()).code());
        assertTrue(Files.isRegularFile(fresh.resolve(ResultsFolder.MARKER)));
        assertEquals(0, cli("warmup", SMALL, "--replications", "2", "--set", "horizon=500 h",
                "--series", "consult queue (all facilities)", "--out", fresh.toString(), "--force").code(), "its own folder: replaced");
    }

    @Test
    void everyHelpEndsWithTheExitCodesInBothLanguages() {
        String en = cli("run", "--help").out();
        assertTrue(en.contains("Exit codes:") && en.contains("130") && en.contains("143") && en.contains("disk full"), en);
        java.io.StringWriter out = new java.io.StringWriter();
        Main.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), "--lang", "zh", "--help");
        assertTrue(out.toString().contains("退出码") && out.toString().contains("130"), out.toString());
    }
}

package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.metric.Metric;

/** The command line as a user types it: exit codes, files written, determinism. */
class RunCommandTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {}

    /** In English whatever the machine's language, since some tests read the messages. */
    static Outcome cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] english = new String[args.length + 2];
        english[0] = "--lang";
        english[1] = "en";
        System.arraycopy(args, 0, english, 2, args.length);
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), english);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static final String SMALL = "scenarios/validation/mmc-rho08.yaml";

    @Test
    void runWritesResultsFolderAndHeadline() throws Exception {
        Path out = tmp.resolve("r1");
        Outcome o = cli("run", SMALL, "--replications", "3", "--set", "horizon=500 h", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Results: " + out.toAbsolutePath()), o.out());
        assertTrue(o.out().contains(Metric.WAIT_CONSULT_MEAN_H.label(Locale.ENGLISH) + " (h)"), o.out());
        assertTrue(o.out().contains("(n = 3 replications)"), o.out());
        for (String f : new String[] {"summary.csv", "replications.csv", "summary.xlsx", "manifest.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("summary.csv"))
                .startsWith("variant,scope,scope_id,metric,mean,ci95_low,ci95_high,replications\n"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"replications_completed\" : 3"), manifest);
        assertTrue(manifest.contains("horizon=500 h"), manifest);
    }

    @Test
    void existingResultsAreNotOverwritten() throws Exception {
        Path out = tmp.resolve("r2");
        assertEquals(0, cli("run", SMALL, "--replications", "2", "--set", "horizon=100 h", "--out", out.toString()).code());
        byte[] before = Files.readAllBytes(out.resolve("summary.csv"));
        Outcome again = cli("run", SMALL, "--replications", "2", "--set", "horizon=200 h", "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--force"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.csv")));
        assertEquals(0, cli("run", SMALL, "--replications", "2", "--set", "horizon=200 h", "--out", out.toString(), "--force").code());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("summary.csv"))));
    }

    @Test
    void sameSeedGivesIdenticalBytesAtAnyThreadCountAndAnotherSeedDiffers() throws Exception {
        String[] common = {"run", SMALL, "--replications", "4", "--set", "horizon=2000 h"};
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        assertEquals(0, cli(concat(common, "--threads", "1", "--out", a.toString())).code());
        assertEquals(0, cli(concat(common, "--threads", "2", "--out", b.toString())).code());
        assertEquals(0, cli(concat(common, "--seed", "12345", "--out", c.toString())).code());
        byte[] sa = Files.readAllBytes(a.resolve("summary.csv"));
        assertArrayEquals(sa, Files.readAllBytes(b.resolve("summary.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("replications.csv")), Files.readAllBytes(b.resolve("replications.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.xlsx")), Files.readAllBytes(b.resolve("summary.xlsx")));
        assertFalse(java.util.Arrays.equals(sa, Files.readAllBytes(c.resolve("summary.csv"))));
    }

    /** occupancy.csv is written where some facility has beds, and like every file it does not depend on threads. */
    @Test
    void occupancyIsWrittenForWardsOnlyAndIdenticalAtAnyThreadCount() throws Exception {
        String[] common = {"run", "scenarios/validation/mmcc-ward.yaml", "--replications", "3", "--set", "horizon=500 h"};
        Path a = tmp.resolve("occ-a"), b = tmp.resolve("occ-b"), none = tmp.resolve("occ-none");
        assertEquals(0, cli(concat(common, "--threads", "1", "--out", a.toString())).code());
        assertEquals(0, cli(concat(common, "--threads", "3", "--out", b.toString())).code());
        byte[] occ = Files.readAllBytes(a.resolve("occupancy.csv"));
        assertArrayEquals(occ, Files.readAllBytes(b.resolve("occupancy.csv")));
        // 12 beds: rows n = 0..12 for each of 3 replications, after the header.
        assertEquals(1 + 3 * 13, Files.readAllLines(a.resolve("occupancy.csv")).size());
        assertEquals(0, cli("run", SMALL, "--replications", "2", "--set", "horizon=100 h", "--out", none.toString()).code());
        assertFalse(Files.exists(none.resolve("occupancy.csv")), "a clinic without beds writes no occupancy.csv");
    }

    @Test
    void missingScenarioFileIsBadInput() {
        Outcome o = cli("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("scenario file not found"), o.err());
        assertFalse(o.err().contains("at org.tiercare"), "no stack trace: " + o.err());
    }

    @Test
    void validateListsEveryProblemWithLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: broken",
                "horizon: 10 d",
                "facilities:",
                "  - id: C1",
                "    tier: clinic",
                "    outpatient:",
                "      doctors: -2",
                "      consult_time: {dist: exponential, mean: 10 min}",
                "      doctorz: 3",
                "arrivals:",
                "  - facility: C9",
                "    rate_per_hour: 2",
                "    admission_probability: 1.5",
                ""));
        Outcome o = cli("validate", bad.toString());
        assertEquals(2, o.code(), o.out() + o.err());
        String e = o.err();
        assertTrue(e.contains(bad + ":5:"), "bad tier at line 5: " + e);
        assertTrue(e.contains(bad + ":7:"), "negative doctors at line 7: " + e);
        assertTrue(e.contains(bad + ":9:"), "unknown key at line 9: " + e);
        assertTrue(e.contains(bad + ":11:"), "unknown facility at line 11: " + e);
        assertTrue(e.contains(bad + ":13:"), "probability at line 13: " + e);
        assertFalse(e.contains("Exception"), "no stack trace: " + e);
        assertEquals(0, cli("validate", SMALL).code());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

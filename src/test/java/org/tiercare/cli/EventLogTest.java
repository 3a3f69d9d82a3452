package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiercare.cli.RunCommandTest.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --event-log}: the log read back as any CSV reader would (plain gzip, a header, one row per event) agrees
 * with the indicators of the same run, and keeping a log — or a sample of one — changes no result.
 */
class EventLogTest {
    @TempDir
    Path tmp;

    /** A clinic that refers a share of its patients up to a hospital, whose own patients fill a small ward that diverts when full. */
    private static final String TWO_TIERS = """
            name: event log test
            seed: 5
            replications: 2
            warmup: 100 h
            horizon: 2000 h
            facilities:
              - id: C1
                tier: community
                outpatient: {doctors: 2, access: walk_in, hours: always, consult_time: {dist: exponential, mean: 20 min}}
              - id: H1
                tier: secondary
                outpatient: {doctors: 1, access: walk_in, hours: always, consult_time: {dist: exponential, mean: 30 min}}
                beds: {count: 3, length_of_stay: {dist: exponential, mean: 20 h}, when_full: divert}
            arrivals:
              - facility: C1
                rate_per_hour: 4
              - facility: H1
                rate_per_hour: 0.5
                admission_probability: 0.5
            referrals:
              - {from: C1, to: H1, probability: 0.2}
            """;

    /** Warm-up of {@link #TWO_TIERS}: events from then on are the ones the indicators count. */
    private static final double WARMUP_H = 100;

    @Test
    void countsMatchTheIndicatorsAndTheResultsDoNotChange() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, TWO_TIERS);
        Path plain = tmp.resolve("plain"), logged = tmp.resolve("logged"), sampled = tmp.resolve("sampled");
        Path log = tmp.resolve("events.csv.gz"), sample = tmp.resolve("sample.csv.gz");
        assertEquals(0, cli("run", scenario.toString(), "--threads", "1", "--out", plain.toString()).code());
        RunCommandTest.Outcome o = cli("run", scenario.toString(), "--threads", "2", "--out", logged.toString(),
                "--event-log", log.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(0, cli("run", scenario.toString(), "--out", sampled.toString(), "--event-log", sample.toString(),
                "--event-log-sample", "0.25").code());
        for (String f : List.of("summary.csv", "replications.csv")) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(logged.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(sampled.resolve(f)), f);
        }

        Map<String, Integer> counted = count(log);
        Map<String, Double> indicators = networkIndicators(plain.resolve("replications.csv"));
        for (int r = 1; r <= 2; r++) {
            assertEquals(indicators.get(r + " visits"), (double) counted.getOrDefault(r + " consult", 0), "visits " + r);
            assertEquals(indicators.get(r + " admissions"), (double) counted.getOrDefault(r + " admit", 0), "admissions " + r);
            assertEquals(indicators.get(r + " referrals_up"), (double) counted.getOrDefault(r + " refer_up", 0), "up " + r);
            assertEquals(indicators.get(r + " unserved"), (double) counted.getOrDefault(r + " unserved", 0), "unserved " + r);
            assertTrue(counted.getOrDefault(r + " admit", 0) > 0 && counted.getOrDefault(r + " unserved", 0) > 0,
                    "the scenario admits and diverts");
        }

        // About a quarter of the patients (numbered anew), each with all their events: ending with leave.
        List<String> all = rows(log), some = rows(sample);
        long patients = some.stream().map(s -> s.split(",")[0] + "/" + s.split(",")[1]).distinct().count();
        long allPatients = all.stream().map(s -> s.split(",")[0] + "/" + s.split(",")[1]).distinct().count();
        long leaving = some.stream().filter(s -> s.split(",")[3].equals("leave")).count();
        assertTrue(leaving <= patients && leaving > patients * 9 / 10, leaving + " of " + patients + " left");
        assertTrue(patients > allPatients / 6 && patients < allPatients / 3, patients + " of " + allPatients);
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path log = tmp.resolve("events.csv.gz");
        Files.writeString(log, "mine");
        RunCommandTest.Outcome o = cli("run", "scenarios/validation/mmc-rho08.yaml", "--replications", "2", "--set",
                "horizon=100 h", "--out", tmp.resolve("r").toString(), "--event-log", log.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals("mine", Files.readString(log));
        assertFalse(Files.exists(tmp.resolve("r")));
        assertEquals(2, cli("run", "scenarios/validation/mmc-rho08.yaml", "--event-log-sample", "0.5").code());
        assertEquals(2, cli("run", "scenarios/validation/mmc-rho08.yaml", "--event-log", tmp.resolve("x.gz").toString(),
                "--event-log-sample", "1.5").code());
    }

    /** Events from the end of the warm-up on, by "replication event". */
    private static Map<String, Integer> count(Path log) throws Exception {
        Map<String, Integer> n = new HashMap<>();
        for (String row : rows(log)) {
            String[] c = row.split(",", -1);
            assertEquals(8, c.length, row);
            if (Double.parseDouble(c[2]) >= WARMUP_H) n.merge(c[0] + " " + c[3], 1, Integer::sum);
        }
        return n;
    }

    /** The data rows, after checking the header. */
    private static List<String> rows(Path log) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(log)),
                StandardCharsets.UTF_8))) {
            assertEquals("replication,patient,time_h,event,facility,condition,source,wait_h", in.readLine());
            return in.lines().toList();
        }
    }

    private static Map<String, Double> networkIndicators(Path replications) throws Exception {
        Map<String, Double> out = new HashMap<>();
        for (String line : Files.readAllLines(replications)) {
            String[] c = line.split(",", -1);
            if (c[2].equals("network") && !c[5].isEmpty()) out.put(c[1] + " " + c[4], Double.parseDouble(c[5]));
        }
        return out;
    }
}

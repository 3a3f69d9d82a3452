package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiercare.cli.RunCommandTest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.experiment.Shard;

/**
 * {@code --shard I/N} and {@code merge}: the merged folder holds the very files one machine writes, and shards that
 * do not make one whole study are refused with exit 2.
 */
class ShardMergeTest {
    @TempDir
    Path tmp;

    private static final String SMALL = "scenarios/validation/mmc-rho08.yaml";

    /** Two doctors or three, with a target, so that compare.csv and scorecard.csv are written. */
    private static final String TINY = """
            name: shard test
            seed: 11
            replications: 4
            warmup: 50 h
            horizon: 600 h
            facilities:
              - id: C1
                tier: community
                outpatient:
                  doctors: 2
                  access: walk_in
                  hours: always
                  consult_time: {dist: exponential, mean: 20 min}
            arrivals:
              - facility: C1
                rate_per_hour: 4.8
            targets:
              - {id: short-wait, metric: wait_consult_mean_h, op: "<=", value: 1 h}
            variants:
              - {id: three-doctors, description: One more doctor, set: {facilities.0.outpatient.doctors: 3}}
            """;

    @Test
    void roundRobinSplitByHand() {
        // 2 variants × 3 replications = jobs 0..5 (variant 0: r1..r3 = jobs 0..2; variant 1: jobs 3..5) over 4 shards.
        assertTrue(new Shard(1, 4).holds(0, 1, 3));   // job 0
        assertTrue(new Shard(1, 4).holds(1, 2, 3));   // job 4
        assertTrue(new Shard(2, 4).holds(1, 3, 3));   // job 5
        assertTrue(new Shard(3, 4).holds(0, 3, 3));   // job 2
        assertTrue(new Shard(4, 4).holds(1, 1, 3));   // job 3
        assertFalse(new Shard(4, 4).holds(0, 1, 3));
        assertEquals(List.of(2, 2, 1, 1), List.of(new Shard(1, 4).jobs(2, 3), new Shard(2, 4).jobs(2, 3),
                new Shard(3, 4).jobs(2, 3), new Shard(4, 4).jobs(2, 3)));
        // Every job in exactly one shard.
        for (int v = 0; v < 2; v++) {
            for (int r = 1; r <= 3; r++) {
                int holders = 0;
                for (int i = 1; i <= 4; i++) if (new Shard(i, 4).holds(v, r, 3)) holders++;
                assertEquals(1, holders, v + "/" + r);
            }
        }
    }

    @Test
    void mergedRunIsByteIdenticalToOneMachine() throws Exception {
        String[] study = {SMALL, "--replications", "5", "--set", "horizon=1000 h"};
        Path single = tmp.resolve("single");
        assertEquals(0, cli(concat(List.of("run"), study, "--threads", "2", "--out", single.toString())).code());
        List<String> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path s = tmp.resolve("shard" + i);
            // One thread per shard: the result must not depend on it.
            RunCommandTest.Outcome o = cli(concat(List.of("run"), study, "--threads", "1", "--shard", i + "/3", "--out", s.toString()));
            assertEquals(0, o.code(), o.err());
            assertTrue(Files.readString(s.resolve("manifest.json")).contains("\"index\" : " + i), s.toString());
            assertFalse(Files.exists(s.resolve("summary.csv")), "a shard is not a results folder to read");
            shards.add(0, s.toString()); // given in reverse order: the order must not matter
        }
        Path merged = tmp.resolve("merged");
        RunCommandTest.Outcome m = cli(concat(List.of("merge"), shards.toArray(String[]::new), "--out", merged.toString()));
        assertEquals(0, m.code(), m.err());
        for (String f : List.of("summary.csv", "replications.csv", "names.csv")) {
            assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
        assertTrue(Files.isRegularFile(merged.resolve("report.html")));
        assertTrue(Files.isRegularFile(merged.resolve("charts/timeseries.svg")), "replication 1's series survives sharding");
        assertTrue(Files.isRegularFile(merged.resolve(".tiercare")), "merge writes a tiercare results folder");
    }

    @Test
    void mergedComparisonIsByteIdenticalWithScorecard() throws Exception {
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, TINY);
        String[] study = {scenario.toString(), "--threads", "1"};
        Path single = tmp.resolve("single");
        assertEquals(0, cli(concat(List.of("compare"), study, "--out", single.toString())).code());
        for (int i = 1; i <= 3; i++) {
            assertEquals(0, cli(concat(List.of("compare"), study, "--shard", i + "/3", "--out", tmp.resolve("s" + i).toString())).code());
        }
        Path merged = tmp.resolve("merged");
        RunCommandTest.Outcome m = cli("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(),
                tmp.resolve("s3").toString(), "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        for (String f : List.of("summary.csv", "replications.csv", "compare.csv", "scorecard.csv")) {
            assertTrue(Files.isRegularFile(single.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
    }

    @Test
    void incompleteOrMixedShardsAreRefused() throws Exception {
        String[] study = {SMALL, "--replications", "3", "--set", "horizon=300 h"};
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, cli(concat(List.of("run"), study, "--shard", i + "/2", "--out", tmp.resolve("a" + i).toString())).code());
        }
        assertEquals(0, cli(concat(List.of("run"), study, "--seed", "8", "--shard", "2/2", "--out", tmp.resolve("b2").toString())).code());
        String a1 = tmp.resolve("a1").toString(), a2 = tmp.resolve("a2").toString(), b2 = tmp.resolve("b2").toString();
        String out = tmp.resolve("m").toString();

        RunCommandTest.Outcome missing = cli("merge", a1, "--out", out);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("shards missing: 2/2"), missing.err());
        RunCommandTest.Outcome twice = cli("merge", a1, a2, a2, "--out", out);
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("shard 2/2 is given twice"), twice.err());
        RunCommandTest.Outcome other = cli("merge", a1, b2, "--out", out);
        assertEquals(2, other.code());
        assertTrue(other.err().contains("different studies"), other.err());
        RunCommandTest.Outcome notShard = cli("merge", a1, tmp.toString(), "--out", out);
        assertEquals(2, notShard.code());
        assertTrue(notShard.err().contains("not a shard folder"), notShard.err());
        assertFalse(Files.exists(tmp.resolve("m")), "nothing written when refused");

        assertEquals(2, cli(concat(List.of("run"), study, "--shard", "3/2")).code());
        assertEquals(2, cli(concat(List.of("run"), study, "--shard", "4/4", "--out", tmp.resolve("e").toString())).code(),
                "3 jobs cannot make 4 shards");
        assertEquals(2, cli(concat(List.of("run"), study, "--shard", "1/2", "--precision", "0.1")).code());
    }

    @Test
    void aScenarioChangedAfterTheShardsRanIsRefused() throws Exception {
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, TINY);
        assertEquals(0, cli("run", scenario.toString(), "--shard", "1/1", "--out", tmp.resolve("s").toString()).code());
        Files.writeString(scenario, TINY.replace("rate_per_hour: 4.8", "rate_per_hour: 4.0"));
        RunCommandTest.Outcome m = cli("merge", tmp.resolve("s").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.code(), m.err());
        assertTrue(m.err().contains("have changed since the shards ran"), m.err());
    }

    private static String[] concat(List<String> head, String[] middle, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(middle));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}

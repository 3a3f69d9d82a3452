package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;

/**
 * Care across grids, judged by paired 95 % intervals under common random numbers. W, the West grid's only
 * hospital, has 5 beds for an offered load of 10 erlangs (2 admissions per hour, 5 h stays): Erlang B(5, 10) =
 * 0.56 of its requests find no bed. Its grid has no other ward and there is no collaborating unit, so without
 * care across grids its overflow is lost. E, the East grid's hospital, has 40 beds (diverting when the beds open to a
 * patient are taken) and no load of its own (both
 * have a clinic, as leads must, which no one visits).
 */
class CareAcrossGridsTest {
    private static final String YAML = """
            name: two grids
            seed: 11
            warmup: 50 h
            horizon: 2000 h
            zones:
              - {id: Z1, x: 0, y: 0}
              - {id: Z2, x: 10, y: 0}
            tier_defaults:
              secondary: {outpatient: {doctors: 1, consult_time: 10 min}}
            facilities:
              - {id: W, tier: secondary, x: 0, y: 0, beds: {count: 5, length_of_stay: {dist: exponential, mean: 5 h}, when_full: onward}}
              - {id: E, tier: secondary, x: 10, y: 0, beds: {count: 40, length_of_stay: {dist: exponential, mean: 5 h}, when_full: divert}}
            layouts:
              - id: L
                grids:
                  - {id: West, lead: W, zones: [Z1], members: []}
                  - {id: East, lead: E, zones: [Z2], members: []}
            arrivals:
              - {facility: W, rate_per_hour: 2, entry: admission}
            """;
    private static final int REPS = 4;

    @TempDir
    Path dir;

    private List<MetricRow> run(String variant, String... sets) throws Exception {
        return runYaml(YAML, variant, sets);
    }

    private List<MetricRow> runYaml(String yaml, String variant, String... sets) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml);
        return Experiment.run(ScenarioLoader.load(file, List.of(sets)), variant, REPS, 2, null).rows();
    }

    private static ComparisonRow at(List<ComparisonRow> rows, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.scope().equals(scope) && r.scopeId().equals(id) && r.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " at " + id));
    }

    @Test
    void poolingBedsLowersTheShareDivertedAndLost() throws Exception {
        List<MetricRow> rows = new ArrayList<>(run("closed"));
        rows.addAll(run("pooled", "policy.pooled_bed_share=0.25"));
        List<ComparisonRow> d = Comparison.paired(rows, "closed");
        ComparisonRow lost = at(d, "facility", "W", "admissions_diverted_lost_share");
        assertTrue(lost.diffHigh() < 0, () -> "" + lost);
        ComparisonRow unserved = at(d, "network", "all", "unserved");
        assertTrue(unserved.diffHigh() < 0, () -> "" + unserved);
        ComparisonRow received = at(d, "facility", "E", "admissions_received_onward");
        assertTrue(received.diffLow() > 0, () -> "" + received);
    }

    @Test
    void withoutCareAcrossGridsTheOverflowOfALoneGridHospitalIsLost() throws Exception {
        List<MetricRow> closed = run("closed");
        for (MetricRow r : closed) {
            if (r.scopeId().equals("E") && r.metric().equals("admission_requests")) assertEquals(0.0, r.value(), "" + r);
            if (r.scopeId().equals("W") && r.metric().equals("admissions_diverted_onward")) assertEquals(0.0, r.value(), "" + r);
        }
    }

    @Test
    void crossGridWhenFullSendsTheOverflowToTheOtherGrid() throws Exception {
        List<MetricRow> rows = new ArrayList<>(run("pooled", "policy.pooled_bed_share=0.1"));
        rows.addAll(run("open", "policy.cross_grid=when_full"));
        List<ComparisonRow> d = Comparison.paired(rows, "pooled");
        // W's overflow offers about 2 × 0.56 × 5 = 5.6 erlangs: four pooled beds at E lose part of it (Erlang B(4, 5.6)
        // is about 0.4); with every bed of E open (40 for 5.6 erlangs) practically none is lost.
        ComparisonRow unserved = at(d, "network", "all", "unserved");
        assertTrue(unserved.diffHigh() < 0, () -> "" + unserved);
        for (MetricRow r : rows) {
            if (r.variant().equals("open") && r.scope().equals("network") && r.metric().equals("unserved")) {
                assertEquals(0.0, r.value(), "" + r);
            }
        }
    }

    @Test
    void leversOffOrUnusedGiveExactlyTheScenarioWithoutThem() throws Exception {
        // W waits instead of sending on: pooled beds then have no one to take, and a third line must change nothing.
        String waiting = YAML.replace("mean: 5 h}, when_full: onward}", "mean: 5 h}, when_full: wait}");
        assertTrue(!waiting.equals(YAML));
        List<MetricRow> without = runYaml(waiting, "v");
        assertEquals(without, runYaml(waiting, "v", "policy.pooled_bed_share=0.5"));
        assertEquals(without, runYaml(waiting, "v", "policy.cross_grid=never", "policy.pooled_bed_share=0"));
    }
}

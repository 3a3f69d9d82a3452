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
 * Pooled slots ({@code policy.pooled_slot_share}), judged by paired 95 % intervals under common random numbers.
 * Every West resident's need (severity 3, beyond a community clinic) is referred from the West clinic CW to its
 * lead W: 17520 × 1 / 8760 = 2 referrals an hour, 48 a day, for W's 20 slots a day — about 28 a day find no slot
 * (both booking horizons are 3 days, so W's book is full within the warm-up)
 * and, closed, go back to their clinic, which cannot resolve them (a second failure is unserved). East's lead E
 * offers 100 slots a day to nobody of its own; pooling 30 % of them opens 30 a day to West's referrals.
 */
class PooledSlotsTest {
    private static final String YAML = """
            name: two grids, slots
            seed: 5
            warmup: 5 d
            horizon: 40 d
            zones:
              - {id: Z1, x: 0, y: 0, residents: 17520}
              - {id: Z2, x: 10, y: 0, residents: 0}
            tier_defaults:
              community: {outpatient: {doctors: 20, consult_time: 10 min}}
              secondary: {outpatient: {doctors: 5, consult_time: 10 min, access: appointment, booking_horizon: 3 d}}
            facilities:
              - {id: CW, tier: community, x: 0, y: 0}
              - {id: CE, tier: community, x: 10, y: 0}
              - {id: W, tier: secondary, x: 1, y: 0, outpatient: {slots_per_day: 20}}
              - {id: E, tier: secondary, x: 9, y: 0, outpatient: {slots_per_day: 100}}
            layouts:
              - id: L
                grids:
                  - {id: West, lead: W, zones: [Z1], members: [CW]}
                  - {id: East, lead: E, zones: [Z2], members: [CE]}
            policy: {referral_booking_horizon: 3 d}
            demand: {contacts_per_resident_year: 1}
            conditions:
              - {id: serious, share: 1, severity: 3}
            """;
    private static final int REPS = 4;

    @TempDir
    Path dir;

    private List<MetricRow> run(String yaml, String variant, String... sets) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml);
        return Experiment.run(ScenarioLoader.load(file, List.of(sets)), variant, REPS, 2, null).rows();
    }

    private static ComparisonRow at(List<ComparisonRow> rows, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.scope().equals(scope) && r.scopeId().equals(id) && r.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " at " + id));
    }

    private static double mean(List<MetricRow> rows, String variant, String id, String metric) {
        return rows.stream().filter(r -> r.variant().equals(variant) && r.scopeId().equals(id) && r.metric().equals(metric))
                .mapToDouble(MetricRow::value).average().orElseThrow(() -> new AssertionError("no " + metric + " at " + id));
    }

    @Test
    void poolingSlotsServesTheReferralsAFullGridTurnsAway() throws Exception {
        List<MetricRow> rows = new ArrayList<>(run(YAML, "closed"));
        rows.addAll(run(YAML, "pooled", "policy.pooled_slot_share=0.3"));
        List<ComparisonRow> d = Comparison.paired(rows, "closed");
        ComparisonRow unserved = at(d, "network", "all", "unserved");
        assertTrue(unserved.diffHigh() < 0, () -> "" + unserved);
        ComparisonRow visits = at(d, "facility", "E", "visits");
        assertTrue(visits.diffLow() > 0, () -> "" + visits);
        // About 28 a day overflow and 30 a day are pooled, so E takes most of them, never more than its quota.
        double pooled = mean(rows, "pooled", "E", "pooled_slots_used") / 40;
        assertTrue(pooled > 20 && pooled <= 30, () -> pooled + " pooled bookings a day");
        assertEquals(0.0, mean(rows, "pooled", "W", "pooled_slots_used"), "nobody of East needs W");
    }

    @Test
    void aGridWithoutAnAbleHospitalRefersIntoPooledSlots() throws Exception {
        // W resolves only severity 2: closed, West's clinic has nowhere to refer and sees the case through itself.
        String weak = YAML.replace("{id: W, tier: secondary, x: 1, y: 0,", "{id: W, tier: secondary, x: 1, y: 0, capability: 2,");
        assertTrue(!weak.equals(YAML));
        List<MetricRow> rows = new ArrayList<>(run(weak, "closed"));
        rows.addAll(run(weak, "pooled", "policy.pooled_slot_share=0.3"));
        assertEquals(0.0, mean(rows, "closed", "CW", "referrals_up"));
        List<ComparisonRow> d = Comparison.paired(rows, "closed");
        ComparisonRow up = at(d, "facility", "CW", "referrals_up");
        assertTrue(up.diffLow() > 0, () -> "" + up);
        assertTrue(mean(rows, "pooled", "E", "pooled_slots_used") > 0);
    }

    @Test
    void zeroOrACrossGridPolicyGivesExactlyTheScenarioWithoutPooledSlots() throws Exception {
        List<MetricRow> without = run(YAML, "v");
        assertEquals(without, run(YAML, "v", "policy.pooled_slot_share=0"));
        List<MetricRow> open = run(YAML, "v", "policy.cross_grid=when_full");
        assertEquals(open, run(YAML, "v", "policy.cross_grid=when_full", "policy.pooled_slot_share=0.5"));
    }
}

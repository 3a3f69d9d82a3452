package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.report.ComparisonRow;

/**
 * The lever planners sweep first: reserving a third of the lead hospitals' slots for referrals from
 * primary care shortens referred patients' waits there and lengthens self-presenting patients' waits,
 * each direction shown by a paired 95 % interval (common random numbers) that excludes zero. The
 * reservation is strict here (unused reserved slots are never released): with a release shortly
 * before the slot, the public picks up last-minute slots and its mean wait can even fall — a
 * finding the demo's release rule shows, not a property to assert.
 */
class ReservationTest {
    @TempDir
    Path tmp;

    @Test
    void reservingAThirdOfSlotsHelpsReferredAndCostsSelfPresentingPatients() throws Exception {
        List<String> shortRun = List.of("warmup=14 d", "horizon=42 d", "replications=3", "policy.reserved_release_before=0 h");
        List<Variant> variants = Variants.sweep(Path.of("scenarios/demo-district.yaml"), shortRun,
                List.of("policy.reserved_slot_share=0,1/3"));
        Study.Result r = Study.run(variants, null, new Study.Options(3, 2, tmp.resolve("out"), false, "test"), null);
        for (String lead : new String[] {"H1", "H2"}) {
            ComparisonRow referred = row(r, lead, "wait_consult_referred_mean_h");
            ComparisonRow self = row(r, lead, "wait_consult_self_mean_h");
            assertTrue(referred.diffHigh() < 0, () -> lead + ": referred wait should fall: " + referred);
            assertTrue(self.diffLow() > 0, () -> lead + ": self-presenting wait should rise: " + self);
            // Reserved capacity the referral channel does not fill stays idle, and the report shows it.
            var reserved = r.summary().stream().filter(x -> x.variant().startsWith("reserved_slot_share=0.33")
                    && x.scopeId().equals(lead) && x.metric().equals("slot_utilization_reserved")).findFirst().orElseThrow();
            var general = r.summary().stream().filter(x -> x.variant().startsWith("reserved_slot_share=0.33")
                    && x.scopeId().equals(lead) && x.metric().equals("slot_utilization_general")).findFirst().orElseThrow();
            assertTrue(reserved.ci95High() < general.ci95Low(), () -> lead + ": idle reserved slots: " + reserved + " vs " + general);
        }
    }

    private static ComparisonRow row(Study.Result r, String facility, String metric) {
        return r.comparison().stream()
                .filter(c -> c.scope().equals("facility") && c.scopeId().equals(facility) && c.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no comparison row for " + facility + " " + metric));
    }
}

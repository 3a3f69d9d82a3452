package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;

/**
 * Several diagnostics centres: a centre's {@code serves} takes the referrals of its zones, the others go to the
 * nearest. In the scenario every referral up is tested first; D1 (serving Z1) has its results repeated at the
 * hospital, D2 (the rest) has them recognised — so the hospital's repeated tests are West clinic's referrals and
 * its avoided repeats East clinic's, but for the few patients still between clinic and hospital at the end.
 */
class DiagnosticsCentresTest {
    private static double value(List<MetricRow> rows, int rep, String facility, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals("facility") && r.scopeId().equals(facility)
                && r.metric().equals(metric)).findFirst().orElseThrow().value();
    }

    @Test
    void eachClinicsReferralsAreTestedWhereItsZoneIsServed() throws Exception {
        var s = ScenarioLoader.load(Path.of("src/test/resources/scorecard/two-centres.yaml"));
        List<MetricRow> rows = Experiment.run(s, "base", 2, 2, null).rows();
        for (int rep = 1; rep <= 2; rep++) {
            double west = value(rows, rep, "C1", "referrals_up"), east = value(rows, rep, "C2", "referrals_up");
            double repeated = value(rows, rep, "H1", "repeat_tests"), avoided = value(rows, rep, "H1", "repeat_tests_avoided");
            assertTrue(west > 1000 && east > 1000, "both clinics refer: " + west + ", " + east);
            // At most the referrals sent, and short of them only by those in flight at the end (tests take ~2.3 h
            // at ~2 referrals an hour): a wrong routing would put one clinic's referrals in the other's column.
            assertTrue(repeated <= west && repeated >= west - 50, "repeated " + repeated + " vs West's " + west);
            assertTrue(avoided <= east && avoided >= east - 50, "avoided " + avoided + " vs East's " + east);
        }
    }
}

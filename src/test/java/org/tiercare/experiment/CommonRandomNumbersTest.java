package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioLoader;

/**
 * Common random numbers make differences between variants sharp: the same replication of two
 * variants draws the same arrivals and consult times, so the paired difference's interval is much
 * narrower than with independent streams. Measured here on a busy clinic (M/M/2, rho = 0.8) whose
 * consults get 5 % shorter. (With a change so large that one variant barely queues, CRN cannot help:
 * the difference's variance is then the other variant's own.)
 */
class CommonRandomNumbersTest {
    private static final Path CLINIC = Path.of("scenarios/validation/mmc-rho08.yaml");

    @Test
    void pairedDifferenceIsNarrowerWithCommonRandomNumbers() throws Exception {
        List<String> run = List.of("horizon=2000 h", "warmup=100 h", "replications=10");
        Scenario two = ScenarioLoader.load(CLINIC, run);
        Scenario threeCrn = ScenarioLoader.load(CLINIC, concat(run, "facilities.C1.outpatient.consult_time.mean=19 min"));
        Scenario threeIndependent = ScenarioLoader.load(CLINIC, concat(run, "facilities.C1.outpatient.consult_time.mean=19 min", "seed=987654321"));

        double crn = halfWidth(two, threeCrn);
        double independent = halfWidth(two, threeIndependent);
        System.out.printf("CRN half-width %.4f h, independent %.4f h, ratio %.1f%n", crn, independent, independent / crn);
        assertTrue(crn < independent / 2, () -> "CRN " + crn + " should be far narrower than independent " + independent);
    }

    private static double halfWidth(Scenario base, Scenario variant) throws InterruptedException {
        List<MetricRow> rows = new ArrayList<>(Experiment.run(base, "two", 10, 2, null).rows());
        rows.addAll(Experiment.run(variant, "three", 10, 2, null).rows());
        ComparisonRow d = Comparison.paired(rows, "two").stream()
                .filter(r -> r.scope().equals("facility") && r.metric().equals("wait_consult_mean_h"))
                .findFirst().orElseThrow();
        assertTrue(d.diffMean() < 0, "shorter consults shorten the wait: " + d);
        return (d.diffHigh() - d.diffLow()) / 2;
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(List.of(b));
        return r;
    }
}

package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioLoader;

/**
 * Each resource-sinking lever moves its indicators the expected way, shown by paired 95 % intervals
 * under common random numbers on a short run of the demo district; and a lever at zero gives exactly
 * the numbers of the scenario without the lever at all.
 */
class LeverEffectsTest {
    private static final Path DEMO = Path.of("scenarios/demo-district.yaml");
    private static final List<String> SHORT = List.of("warmup=7 d", "horizon=28 d", "replications=3");
    private static final int REPS = 3;
    private static List<MetricRow> base;

    @BeforeAll
    static void runBase() throws Exception {
        base = Experiment.run(ScenarioLoader.load(DEMO, SHORT), "base", REPS, 2, null).rows();
    }

    @Test
    void outreachRaisesPrimaryShareAndCutsReferralsUp() throws Exception {
        List<ComparisonRow> d = against("outreach.0.specialist_days_per_week=10", "outreach.1.specialist_days_per_week=10");
        assertTrue(network(d, "primary_visit_share").diffLow() > 0, () -> "" + network(d, "primary_visit_share"));
        assertTrue(network(d, "referrals_up").diffHigh() < 0, () -> "" + network(d, "referrals_up"));
        assertTrue(network(d, "outreach_sessions") == null, "sessions only exist with outreach: no baseline row");
    }

    @Test
    void teleconsultationCutsPhysicalReferrals() throws Exception {
        List<ComparisonRow> d = against("teleconsultation.share=0.3");
        assertTrue(network(d, "referrals_up").diffHigh() < 0, () -> "" + network(d, "referrals_up"));
    }

    @Test
    void recognitionAvoidsRepeatTestsAndShortensThePathway() throws Exception {
        Scenario repeat = ScenarioLoader.load(DEMO, concat(SHORT, "diagnostics.D1.test_share=0.6", "diagnostics.D1.recognition=false"));
        Scenario recognised = ScenarioLoader.load(DEMO, concat(SHORT, "diagnostics.D1.test_share=0.6"));
        List<MetricRow> rows = new ArrayList<>(Experiment.run(repeat, "repeat", REPS, 2, null).rows());
        rows.addAll(Experiment.run(recognised, "recognised", REPS, 2, null).rows());
        List<ComparisonRow> d = Comparison.paired(rows, "repeat");
        assertTrue(network(d, "repeat_tests").diffHigh() < 0, () -> "" + network(d, "repeat_tests"));
        assertTrue(network(d, "repeat_tests_avoided").diffLow() > 0, () -> "" + network(d, "repeat_tests_avoided"));
        assertTrue(network(d, "wait_referral_mean_h").diffHigh() < 0, () -> "" + network(d, "wait_referral_mean_h"));
    }

    @Test
    void upliftRaisesPrimaryShare(@TempDir Path tmp) throws Exception {
        // Uplift is a list entry, so this scenario is written out with some added.
        List<ComparisonRow> d = againstFile(withUplift(tmp));
        assertTrue(network(d, "primary_visit_share").diffLow() > 0, () -> "" + network(d, "primary_visit_share"));
        assertTrue(network(d, "referrals_up").diffHigh() < 0, () -> "" + network(d, "referrals_up"));
    }

    @Test
    void leversAtZeroGiveExactlyTheScenarioWithoutThem(@TempDir Path tmp) throws Exception {
        String yaml = Files.readString(DEMO);
        int from = yaml.indexOf("# Resource-sinking levers");
        int to = yaml.indexOf("variants:");
        assertTrue(from > 0 && to > from, "demo layout changed: update this test");
        Files.createDirectories(tmp.resolve("data"));
        Files.copy(Path.of("scenarios/data/demo-zones.csv"), tmp.resolve("data/demo-zones.csv"));
        // Variants refer to the levers, so they go too.
        Path without = tmp.resolve("without-levers.yaml");
        Files.writeString(without, yaml.substring(0, from));
        Scenario bare = ScenarioLoader.load(without, SHORT);
        assertTrue(bare.levers().outreach().isEmpty() && bare.levers().teleconsultation() == null);
        List<MetricRow> rows = Experiment.run(bare, "base", REPS, 2, null).rows();
        assertEquals(base.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) assertEquals(base.get(i), rows.get(i));
    }

    private static Path withUplift(Path tmp) throws Exception {
        String yaml = Files.readString(DEMO).replace("variants:",
                "uplift:\n  - {facility: C04, capability: 3}\n  - {facility: C07, capability: 3}\n  - {facility: T10, capability: 3}\n\nvariants:");
        Files.createDirectories(tmp.resolve("data"));
        Files.copy(Path.of("scenarios/data/demo-zones.csv"), tmp.resolve("data/demo-zones.csv"));
        Path p = tmp.resolve("demo-uplift.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private static List<ComparisonRow> against(String... sets) throws Exception {
        Scenario s = ScenarioLoader.load(DEMO, concat(SHORT, sets));
        List<MetricRow> rows = new ArrayList<>(base);
        rows.addAll(Experiment.run(s, "lever", REPS, 2, null).rows());
        return Comparison.paired(rows, "base");
    }

    private static List<ComparisonRow> againstFile(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file, SHORT);
        List<MetricRow> rows = new ArrayList<>(base);
        rows.addAll(Experiment.run(s, "lever", REPS, 2, null).rows());
        return Comparison.paired(rows, "base");
    }

    private static ComparisonRow network(List<ComparisonRow> rows, String metric) {
        return rows.stream().filter(r -> r.scope().equals("network") && r.metric().equals(metric)).findFirst().orElse(null);
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(List.of(b));
        return r;
    }

}

package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Summary;
import org.tiercare.report.SummaryRow;

/**
 * {@code demand.start: steady} against renewal theory. One zone, one clinic open around the clock with
 * far more doctors than it needs (about 2.8 busy of 50, so waits are ~0), one chronic condition with
 * {@code visits} = 3 follow-ups, each 30 d after the last consult or, with probability 0.3, 60 d.
 *
 * <p>New needs arise at λ = 36,500 residents × 1 contact a year = 100 a day. In steady state every need
 * brings 3 follow-ups, so follow-ups arrive at λ × 3 = 300 a day and consults at λ × (1 + 3) = 400 a day:
 * 12,000 in any 30 days, 36,000 in 90 days (a few consults still under way at the end, ~λ × 10 min, are
 * negligible).
 *
 * <p>Empty start, first 30 days: every gap is at least 30 d and starts after a consult at t ≥ 0, so
 * there are no follow-ups at all — consults are the 3,000 new needs only, far below half the steady rate.
 *
 * <p>Why the stationary phase matters: the patients at home number λ × 3 × E[gap] = 100 × 3 × 39 =
 * 11,700; a patient comes in during the first 30 d if its residual time is below 30 d — always for a
 * 30-d gap, half the time for a 60-d gap. Length-biased, P(long gap) = 0.3·60 / 39 = 18/39, so
 * 11,700 × (21/39 + 9/39) = 9,000 = λ × 3 × 30 d. Drawn by the share 0.3 alone it would be
 * 11,700 × 0.85 = 9,945, 8 % too many consults — well outside the interval below (± ~0.7 %).
 */
class SteadyStartTest {
    private static final int REPS = 10;
    private static final String YAML = """
            name: steady start
            seed: 11
            replications: 10
            warmup: 0 h
            horizon: 30 d
            network: {local_access: 0 min}
            zones: [{id: Z1, x: 0, y: 0, residents: 36500}]
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 50, consult_time: 10 min}}
            demand: {contacts_per_resident_year: 1}
            conditions:
              - id: chronic
                share: 1
                severity: 1
                follow_up: {visits: 3, interval: 30 d, long_prescription_share: 0.3, long_prescription_interval: 60 d}
            """;
    private static final double PER_DAY = 100, VISITS = 3;

    @TempDir
    Path dir;

    private SummaryRow visits(List<String> set) throws Exception {
        Path f = dir.resolve("steady.yaml");
        Files.writeString(f, YAML);
        var rows = Experiment.run(ScenarioLoader.load(f, set), "base", REPS, 2, null).rows();
        return Summary.of(rows).stream()
                .filter(r -> r.scope().equals("network") && r.metric().equals("visits"))
                .findFirst().orElseThrow();
    }

    private static boolean covers(SummaryRow r, double x) { return r.ci95Low() <= x && x <= r.ci95High(); }

    @Test
    void steadyStartHasTheSteadyFollowUpRateFromDayOne() throws Exception {
        SummaryRow r = visits(List.of());
        double theory = PER_DAY * 30 * (1 + VISITS);
        assertTrue(covers(r, theory), () -> "30 d from a steady start: " + r + ", theory " + theory);
    }

    @Test
    void steadyStartStaysSteadyOverWholeChains() throws Exception {
        // 90 d covers the seeded patients' remaining visits and the first chains begun in the run.
        SummaryRow r = visits(List.of("horizon=90 d"));
        double theory = PER_DAY * 90 * (1 + VISITS);
        assertTrue(covers(r, theory), () -> "90 d from a steady start: " + r + ", theory " + theory);
        SummaryRow late = visits(List.of("warmup=60 d", "horizon=30 d"));
        double lateTheory = PER_DAY * 30 * (1 + VISITS);
        assertTrue(covers(late, lateTheory), () -> "days 60-90 from a steady start: " + late + ", theory " + lateTheory);
    }

    @Test
    void emptyStartHasNoFollowUpsInTheFirstThirtyDays() throws Exception {
        SummaryRow r = visits(List.of("demand.start=empty"));
        double newNeeds = PER_DAY * 30;
        assertTrue(r.ci95High() - newNeeds < 0.5 * PER_DAY * 30 * VISITS, () -> "empty start: " + r);
        assertTrue(covers(r, newNeeds), () -> "empty start, only new needs: " + r + ", theory " + newNeeds);
    }
}

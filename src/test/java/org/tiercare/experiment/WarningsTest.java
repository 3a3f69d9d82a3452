package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.model.RunDetail;
import org.tiercare.report.RunWarning;
import org.tiercare.scenario.Scenario;

/**
 * Warnings as data: an overloaded clinic (ρ > 1, whose queue theory says grows without bound) is flagged
 * unstable and a stable one (ρ = 0.8) is not; a two-replication run is flagged imprecise; a warm-up of almost
 * nothing is flagged short. The thirds rule is checked on series built by hand.
 */
class WarningsTest {
    private static final Path CLINIC = Path.of("scenarios/validation/mmc-rho08.yaml");

    @TempDir
    Path tmp;

    private List<RunWarning> run(List<String> overrides) throws Exception {
        Scenario s = ScenarioLoader.load(CLINIC, overrides);
        Study.Result r = Study.run(s, new Study.Options(s.replications(), 2, tmp.resolve("r" + System.nanoTime()), false, "test"), null);
        String manifest = Files.readString(r.folder().resolve("manifest.json"));
        for (RunWarning w : r.warnings()) assertTrue(manifest.contains("\"code\" : \"" + w.code() + "\""), manifest);
        return r.warnings();
    }

    private static long count(List<RunWarning> ws, String code) {
        return ws.stream().filter(w -> w.code().equals(code)).count();
    }

    @Test
    void overloadedClinicIsUnstableAndABusyButStableOneIsNot() throws Exception {
        // λ = 7.2/h against c μ = 2 × 3/h = 6/h: ρ = 1.2, the queue grows by about 1.2 patients an hour.
        List<RunWarning> over = run(List.of("arrivals.0.rate_per_hour=7.2", "horizon=600 h", "warmup=0 h", "replications=5"));
        assertEquals(1, count(over, RunWarning.UNSTABLE_QUEUE), over::toString);
        RunWarning w = over.stream().filter(x -> x.code().equals(RunWarning.UNSTABLE_QUEUE)).findFirst().orElseThrow();
        assertEquals("C1", w.scopeId());
        assertTrue(w.messageEn().contains("consult queue") && w.messageZh().contains("候诊队列"), w.toString());
        // ρ = 0.8: a stationary queue of about 2.8 patients; nothing to flag.
        List<RunWarning> stable = run(List.of("horizon=2000 h", "warmup=100 h", "replications=5"));
        assertEquals(0, count(stable, RunWarning.UNSTABLE_QUEUE), stable::toString);
    }

    @Test
    void twoReplicationsAreImpreciseFiveAreNot() throws Exception {
        List<RunWarning> two = run(List.of("horizon=2000 h", "replications=2"));
        assertEquals(1, count(two, RunWarning.LOW_PRECISION), two::toString);
        assertTrue(two.get(0).messageEn().contains("only 2 replications"), two.toString());
        // 20 replications of 10,000 h: every headline half-width is well within 10 % of its mean.
        List<RunWarning> many = run(List.of());
        assertEquals(0, count(many, RunWarning.LOW_PRECISION), many::toString);
    }

    /**
     * The Erlang loss ward (12 beds, a = 10 erlangs, mean stay 5 h) started empty fills like a(1 − e^(−t/5)): over
     * its first 5 h it holds on average a·e^(−1) ≈ 37 % of a, far below its steady ≈ 8.8 beds, so no warm-up is short;
     * after a 50 h warm-up (ten mean stays, e^(−10) ≈ 0) it is not.
     */
    @Test
    void anEmptyStartWithoutWarmupIsShort() throws Exception {
        Path ward = Path.of("scenarios/validation/mmcc-ward.yaml");
        for (String warmup : List.of("0 h", "50 h")) {
            Scenario s = ScenarioLoader.load(ward, List.of("warmup=" + warmup, "horizon=50 h"));
            Study.Result r = Study.run(s, new Study.Options(s.replications(), 2, tmp.resolve("w" + System.nanoTime()), false, "t"), null);
            assertEquals(warmup.equals("0 h") ? 1 : 0, count(r.warnings(), RunWarning.WARMUP_SHORT), warmup + ": " + r.warnings());
        }
    }

    // ---------------------------------------------------------------------------------- the thirds rule by hand

    private static RunDetail detail(String series, double... values) {
        List<RunDetail.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) points.add(new RunDetail.Point(i, series, values[i]));
        return new RunDetail(points, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void thirdsRule() {
        // Samples at t = 0..8 over [0, 9): thirds {0,1,2}, {3,4,5}, {6,7,8}.
        double[][] rising = Stability.thirds(List.of(detail("q", 0, 1, 2, 3, 4, 5, 6, 7, 8),
                detail("q", 1, 2, 3, 4, 5, 6, 7, 8, 9)), "q", 0, 9);
        assertEquals(1.0, rising[0][0], 1e-12);
        assertEquals(7.0, rising[2][0], 1e-12);
        assertTrue(Stability.grows(rising), "1 → 4 → 7 and 2 → 5 → 8: rises by 6 in both replications");
        // A winter peak at both ends of the year: high, low, high — not growth.
        assertFalse(Stability.grows(Stability.thirds(List.of(detail("q", 30, 30, 30, 5, 5, 5, 40, 40, 40)), "q", 0, 9)));
        // Growth by 3 patients (below the 5-patient minimum) is noise.
        assertFalse(Stability.grows(Stability.thirds(List.of(detail("q", 1, 1, 1, 2, 2, 2, 4, 4, 4)), "q", 0, 9)));
        // Replications disagree (+12 and −2 with a rising mean): the interval of the rise includes 0.
        assertFalse(Stability.grows(Stability.thirds(List.of(detail("q", 0, 0, 0, 6, 6, 6, 12, 12, 12),
                detail("q", 10, 10, 10, 11, 11, 11, 8, 8, 8)), "q", 0, 9)));
    }
}

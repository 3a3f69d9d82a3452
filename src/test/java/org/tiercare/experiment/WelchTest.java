package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tiercare.model.RunDetail;

/** Welch's method finds where a noisy curve that rises and then levels off settles. */
class WelchTest {
    @Test
    void suggestsTheEndOfTheRiseNotTheEndOfTheRun() {
        List<RunDetail> details = new ArrayList<>();
        Random noise = new Random(7);
        for (int r = 0; r < 5; r++) {
            List<RunDetail.Point> pts = new ArrayList<>();
            for (int t = 0; t <= 1000; t += 5) {
                // Rises like 100 (1 - e^{-t/50}): within 1 % of the level from t ≈ 230.
                double v = 100 * (1 - Math.exp(-t / 50.0)) + noise.nextGaussian() * 5;
                pts.add(new RunDetail.Point(t, "beds", v));
            }
            details.add(new RunDetail(pts, List.of(), List.of(), List.of(), List.of()));
        }
        Welch.Result w = Welch.of("beds", details, 5, 0.02);
        assertTrue(w.suggestedWarmupH() > 100 && w.suggestedWarmupH() < 400, "suggested " + w.suggestedWarmupH());
    }

    /**
     * Two series in one run: "beds" settles like 100 (1 − e^(−t/50)) (within 1 % by t ≈ 230), "follow-ups" like
     * 100 (1 − e^(−t/150)) (by t ≈ 690). The advice across series names the slower one first.
     */
    @Test
    void adviceAcrossSeriesNamesTheSlowestFirst() {
        List<RunDetail> details = new ArrayList<>();
        Random noise = new Random(11);
        for (int r = 0; r < 5; r++) {
            List<RunDetail.Point> pts = new ArrayList<>();
            for (int t = 0; t <= 3000; t += 5) {
                pts.add(new RunDetail.Point(t, "beds", 100 * (1 - Math.exp(-t / 50.0)) + noise.nextGaussian() * 2));
                pts.add(new RunDetail.Point(t, "follow-ups", 100 * (1 - Math.exp(-t / 150.0)) + noise.nextGaussian() * 2));
            }
            details.add(new RunDetail(pts, List.of(), List.of(), List.of(), List.of()));
        }
        List<org.tiercare.report.WarmupFiles.Advice> all = Welch.all(details, 5, 0.02);
        assertEquals(List.of("follow-ups", "beds"), all.stream().map(org.tiercare.report.WarmupFiles.Advice::series).toList());
        // 2 % tolerance: e^(−t/τ) = 0.02 at t = 3.9 τ, so about 200 and 590; the wiggle allowance brings both earlier.
        assertTrue(all.get(0).warmupH() > 300 && all.get(0).warmupH() < 700, all.toString());
        assertTrue(all.get(1).warmupH() > 80 && all.get(1).warmupH() < 260, all.toString());
    }
}

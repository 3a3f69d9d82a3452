package org.tiercare.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics modalities as independent M/M/c queues fed by thinning a Poisson stream (Erlang C). */
class DiagnosticsModalitiesTest {
    @TempDir
    Path tmp;

    private static final String FILE = "scenarios/validation/diagnostics-modalities.yaml";
    /** Referrals needing tests per hour: 7008 residents × 4 contacts a year / 8760 h, every one tested. */
    private static final double LAMBDA = 7008 * 4 / 8760.0;

    @Test
    void twoModalitiesWaitAsTwoMmTwoQueues() throws Exception {
        ScenarioRun run = ScenarioRun.of(FILE, tmp);
        // Each modality: Poisson at half the rate (an independent draw by share) for 2 stations, tests of mean 1 h.
        run.estimate("network", "all", "wait_test_mean_h").assertContains(QueueingTheory.mmcWait(2, LAMBDA / 2, 1), 0.05);
    }

    @Test
    void oneModalityWithAllFourStationsWaitsAsMmFour() throws Exception {
        // The same stations pooled into one modality: M/M/4 at the full rate, a wait a quarter of the split one's.
        String yaml = Files.readString(Path.of(FILE));
        String pooled = yaml.replace("""
                      - {id: lab, name: Laboratory, stations: 2, test_time: {dist: exponential, mean: 1 h}, share: 0.5}
                      - {id: imaging, name: Imaging, stations: 2, test_time: {dist: exponential, mean: 1 h}, share: 0.5}
                """, """
                      - {id: all, stations: 4, test_time: {dist: exponential, mean: 1 h}, share: 1}
                """);
        if (pooled.equals(yaml)) throw new AssertionError("the scenario's modalities changed: update this test");
        Path file = tmp.resolve("pooled.yaml");
        Files.writeString(file, pooled);
        ScenarioRun run = ScenarioRun.of(file.toString(), tmp);
        run.estimate("network", "all", "wait_test_mean_h").assertContains(QueueingTheory.mmcWait(4, LAMBDA, 1), 0.05);
    }
}

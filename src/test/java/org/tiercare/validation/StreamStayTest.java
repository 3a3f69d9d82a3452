package org.tiercare.validation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arrivals[].length_of_stay}: a loss ward (M/G/c/c) fed by two Poisson streams, one staying its own exponential
 * 8 h, the other the ward's exponential 2 h. Erlang B depends on the stays only through the offered load
 * a = Σ λᵢ E[Sᵢ] = 1 × 8 + 1 × 2 = 10 erlangs, so the blocking probability is B(12, 10) = 0.1197 and the mean number
 * of beds occupied a (1 − B) = 8.80. Ignoring the stream's stay (a = 4) gives B = 0.0006, giving it to both (a = 16)
 * B = 0.30: both far outside the interval.
 */
class StreamStayTest {

    @TempDir
    Path tmp;

    @Test
    void aStreamsOwnStayEntersTheOfferedLoad() throws Exception {
        ScenarioRun run = ScenarioRun.of("scenarios/validation/mmcc-stream-stays.yaml", tmp);
        double b = QueueingTheory.erlangB(12, 10);
        run.estimate("facility", "W1", "admissions_diverted_share").assertContains(b, 0.05);
        run.estimate("facility", "W1", "beds_occupied_mean").assertContains(10 * (1 - b), 0.02);
        // Mean stay of those admitted: class A is blocked as often as class B (PASTA), so half the admissions each.
        run.estimate("facility", "W1", "length_of_stay_mean_h").assertContains((8 + 2) / 2.0, 0.03);
    }
}

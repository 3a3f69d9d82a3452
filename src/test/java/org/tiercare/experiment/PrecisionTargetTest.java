package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.metric.Metric;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.Scenario;

/**
 * {@code --precision}: replications are added until every headline interval is within the target, the same
 * replications whatever the thread count, and the manifest says what was reached.
 */
class PrecisionTargetTest {
    private static final Path CLINIC = Path.of("scenarios/validation/mmc-rho08.yaml");

    @TempDir
    Path tmp;

    private Study.Result run(int threads, double precision, int max) throws Exception {
        // 2 replications of 2,000 h: with t(1) = 12.7 the mean wait's half-width is several times 5 % of it, so more are needed.
        Scenario s = ScenarioLoader.load(CLINIC, List.of("horizon=2000 h", "warmup=50 h", "replications=2"));
        return Study.run(s, new Study.Options(2, threads, tmp.resolve("p" + threads + "-" + max), false, "t", precision, max), null);
    }

    @Test
    void addsReplicationsUntilPreciseTheSameOnAnyThreadCount() throws Exception {
        Study.Result one = run(1, 0.05, 64);
        Study.Result two = run(2, 0.05, 64);
        assertArrayEquals(Files.readAllBytes(one.folder().resolve("summary.csv")), Files.readAllBytes(two.folder().resolve("summary.csv")));
        assertArrayEquals(Files.readAllBytes(one.folder().resolve("replications.csv")),
                Files.readAllBytes(two.folder().resolve("replications.csv")));
        JsonNode p = new ObjectMapper().readTree(one.folder().resolve("manifest.json").toFile()).get("precision");
        assertTrue(p.get("reached").asBoolean(), p.toString());
        int n = p.get("replications_per_variant").asInt();
        assertTrue(n > 2 && n <= 64 && Integer.bitCount(n) == 1, "doubling from 2: " + n);
        for (SummaryRow r : one.summary()) {
            Metric m = Metric.byName(r.metric()).orElseThrow();
            if (!r.scope().equals("network") || !m.headline() || !Double.isFinite(r.mean())) continue;
            assertEquals(n, r.replications(), r.toString());
            double half = (r.ci95High() - r.ci95Low()) / 2;
            assertTrue(half <= Math.max(0.05 * Math.abs(r.mean()), m.kind().precisionFloor()), r.toString());
        }
    }

    @Test
    void stopsAtTheCapAndSaysSo() throws Exception {
        Study.Result capped = run(2, 0.001, 4);
        JsonNode p = new ObjectMapper().readTree(capped.folder().resolve("manifest.json").toFile()).get("precision");
        assertEquals(4, p.get("replications_per_variant").asInt());
        assertTrue(!p.get("reached").asBoolean(), p.toString());
        assertTrue(capped.warnings().stream().anyMatch(w -> w.code().equals("low_precision")), capped.warnings()::toString);
    }
}

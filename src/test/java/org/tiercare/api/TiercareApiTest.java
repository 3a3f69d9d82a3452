package org.tiercare.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.cli.Main;
import org.tiercare.report.MetricRow;
import org.tiercare.scenario.Scenario;

/** The Java API gives the numbers the command line writes, and compares variants like {@code compare}. */
class TiercareApiTest {
    @TempDir Path tmp;

    private static final Path MMC = Path.of("scenarios/validation/mmc-rho08.yaml");

    @Test
    void runGivesTheRowsTheCommandLineWrites() throws Exception {
        Scenario s = Tiercare.scenario(MMC, "horizon=300h", "warmup=20h");
        Results r = Tiercare.run(s, 3);
        Path out = tmp.resolve("cli");
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "run", MMC.toString(),
                "--set", "horizon=300h", "--set", "warmup=20h", "--replications", "3", "--out", out.toString());
        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out.resolve("replications.csv"));
        assertEquals(r.replications().size(), lines.size() - 1);
        for (int i = 0; i < r.replications().size(); i++) {
            MetricRow m = r.replications().get(i);
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(m.metric(), cells[4]);
            assertEquals(m.replication(), Integer.parseInt(cells[1]));
            if (!cells[5].isEmpty()) assertEquals(m.value(), Double.parseDouble(cells[5]), 0.0, m.toString());
        }
        assertTrue(r.mean("network", "all", "visits") > 0);
    }

    @Test
    void compareTakesTheFirstVariantAsBaselineAndNeedsAnOrder() throws Exception {
        var variants = new LinkedHashMap<String, Scenario>();
        variants.put("two", Tiercare.scenario(MMC, "horizon=300h", "warmup=20h"));
        variants.put("three", Tiercare.scenario(MMC, "horizon=300h", "warmup=20h", "facilities.C1.outpatient.doctors=3"));
        Results r = Tiercare.compare(variants, 3, 2);
        assertTrue(r.comparison().stream().allMatch(c -> c.baseline().equals("two") && c.variant().equals("three")));
        // A third doctor shortens the wait in every replication (common random numbers: same arrivals).
        var wait = r.comparison().stream().filter(c -> c.scope().equals("network") && c.metric().equals("wait_consult_mean_h"))
                .findFirst().orElseThrow();
        assertTrue(wait.diffHigh() < 0, wait.toString());
        assertThrows(IllegalArgumentException.class, () -> Tiercare.compare(Map.of("a", variants.get("two"), "b", variants.get("three")), 2));
    }
}

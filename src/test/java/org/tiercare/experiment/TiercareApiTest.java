package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioException;
import org.tiercare.report.MetricRow;

/** The Java entry point gives what {@code tiercare run} gives, and its runs are values that overrides do not mutate. */
class TiercareApiTest {
    @TempDir
    Path tmp;

    private static final Path SMALL = Path.of("scenarios/validation/mmc-rho08.yaml");

    @Test
    void runReadsLikeTheResultsFolder() throws Exception {
        Tiercare.Run base = Tiercare.scenario(SMALL).set("horizon", "2000 h");
        Tiercare.Run busier = base.set("arrivals.0.rate_per_hour", "5.4");
        assertEquals(List.of("horizon=2000 h"), base.overrides(), "set returns a new run");

        Tiercare.Results r = base.threads(2).run(3);
        assertEquals(3, r.rows().stream().mapToInt(MetricRow::replication).max().orElse(0));
        assertEquals(3, r.find("network", "all", "wait_consult_mean_h").orElseThrow().replications());
        // Erlang C: 0.59 h at rho 0.8; three short replications land near it.
        double wait = r.mean("network", "all", "wait_consult_mean_h");
        assertTrue(wait > 0.3 && wait < 1.0, "mean consult wait " + wait);
        // rho 0.9 (5.4 per hour on two doctors of 3 an hour each): longer waits on the same random numbers.
        assertTrue(busier.threads(1).run(3).mean("network", "all", "wait_consult_mean_h") > wait);
        assertTrue(Double.isNaN(r.mean("network", "all", "no_such_metric")));

        // The folder it writes is the command line's, number for number.
        Path api = r.writeTo(tmp.resolve("api"));
        Path cli = tmp.resolve("cli");
        Study.run(base.set("replications", "3").load(), new Study.Options(3, 1, cli, false, "test"), null);
        for (String f : List.of("summary.csv", "replications.csv")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(api.resolve(f)), f);
        }
    }

    @Test
    void mistakesComeAsScenarioProblems() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Tiercare.scenario(SMALL).set("horizon", "-5 h").run(1));
        assertTrue(!e.problems().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Tiercare.scenario(SMALL).run(0));
    }

    @Test
    void againstGivesPairedDifferencesUnderCommonRandomNumbers() throws Exception {
        Tiercare.Run base = Tiercare.scenario(SMALL).set("horizon", "1000 h").threads(2);
        Tiercare.Results two = base.run(3), three = base.set("facilities.C1.outpatient.doctors", "3").run(3);
        var wait = three.against(two).stream()
                .filter(c -> c.scope().equals("network") && c.metric().equals("wait_consult_mean_h")).findFirst().orElseThrow();
        // The per-replication differences, by hand from both runs' rows.
        double sum = 0;
        for (int rep = 1; rep <= 3; rep++) {
            int r = rep;
            double a = two.rows().stream().filter(m -> m.replication() == r && m.scope().equals("network")
                    && m.metric().equals("wait_consult_mean_h")).findFirst().orElseThrow().value();
            double b = three.rows().stream().filter(m -> m.replication() == r && m.scope().equals("network")
                    && m.metric().equals("wait_consult_mean_h")).findFirst().orElseThrow().value();
            sum += b - a;
        }
        assertEquals(sum / 3, wait.diffMean(), 1e-12);
        assertTrue(wait.diffHigh() < 0, "a third doctor shortens the wait: " + wait);
        assertThrows(IllegalArgumentException.class, () -> three.against(base.seed(99).run(2)));
    }
}

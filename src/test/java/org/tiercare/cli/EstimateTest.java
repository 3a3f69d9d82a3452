package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiercare.experiment.Variant;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.experiment.StudyCost;
import org.tiercare.scenario.Scenario;

/** validate tells the cost of a run and its warnings of meaning; a run that cannot fit in the heap is refused. */
class EstimateTest {
    private static final String DEMO = "scenarios/demo-district.yaml";

    @Test
    void validatePrintsTheEstimateAndNoWarningForTheDemo() {
        RunCommandTest.Outcome o = RunCommandTest.cli("validate", DEMO);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("Estimate per replication (warm-up 300 d + horizon 365 d)"), o.out());
        assertTrue(o.out().contains("Peak heap about"), o.out());
        assertTrue(o.out().contains("Expected run time"), o.out());
        assertFalse(o.out().contains("warning(s)"), o.out());
    }

    @Test
    void validateShowsWarningsOfMeaningAndStillSucceeds() {
        // 7.2 arrivals an hour at 2 doctors seeing 3 an hour each: 120 % of capacity.
        RunCommandTest.Outcome o = RunCommandTest.cli("validate", "scenarios/validation/mmc-rho08.yaml",
                "--set", "arrivals.0.rate_per_hour=7.2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("1 warning(s)") && o.out().contains("(120 %"), o.out());
    }

    @Test
    void aRunThatCannotFitIsRefusedNamingTheHeapThatWould() throws Exception {
        Scenario demo = ScenarioLoader.load(Path.of(DEMO));
        List<Variant> one = List.of(new Variant("base", "as written", demo, Map.of()));
        long need = StudyCost.of(List.of(demo), 5, 2, 2).heapBytes();
        BadInputException e = assertThrows(BadInputException.class, () -> Estimate.refuseIfTooBig(one, 5, 2, need - 1));
        assertTrue(e.getMessage().contains("-Xmx" + Estimate.xmx(need)), e.getMessage());
        Estimate.refuseIfTooBig(one, 5, 2, need);   // exactly enough: runs
    }

    @Test
    void suggestedHeapIsTheEstimateWithHeadroomInQuartersOfAGigabyte() {
        long mb = 1L << 20;
        // 1,024 MB × 1.5 = 1,536 MB = 6 quarters; 2,048 MB × 1.5 = 3 GB; 100 MB × 1.5 = 150 MB, rounded up to 256 MB.
        assertEquals("1536m", Estimate.xmx(1024 * mb));
        assertEquals("3g", Estimate.xmx(2048 * mb));
        assertEquals("256m", Estimate.xmx(100 * mb));
    }
}

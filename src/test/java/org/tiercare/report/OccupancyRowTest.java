package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupancyRowTest {
    @TempDir Path dir;

    @Test
    void sharesOfTheMeasuredTimeAndTheTailFromTheTop() {
        // 3 beds: 1 h empty, 2 h with one bed, 0 h with two, 5 h full.
        List<OccupancyRow> rows = OccupancyRow.of("base", 2, "H1", new double[] {1, 2, 0, 5});
        assertEquals(4, rows.size());
        double[] share = {1 / 8.0, 2 / 8.0, 0, 5 / 8.0};
        double[] atLeast = {1, 7 / 8.0, 5 / 8.0, 5 / 8.0};
        for (int n = 0; n <= 3; n++) {
            OccupancyRow r = rows.get(n);
            assertEquals(n, r.bedsInUse());
            assertEquals("H1", r.facility());
            assertEquals(2, r.replication());
            assertEquals(share[n], r.timeShare(), 1e-15);
            assertEquals(atLeast[n], r.pAtLeast(), 1e-15);
        }
    }

    @Test
    void sharesThatRoundAboveOneStillGiveProbabilities() {
        // Ten shares of 0.1 sum to 0.9999999999999999 or 1.0000000000000002 depending on order; P(>= n) never exceeds 1.
        double[] hours = new double[10];
        java.util.Arrays.fill(hours, 0.1);
        for (OccupancyRow r : OccupancyRow.of("v", 1, "W", hours)) assertTrue(r.pAtLeast() <= 1.0, r::toString);
        assertEquals(1.0, OccupancyRow.of("v", 1, "W", hours).get(0).pAtLeast(), 0.0);
    }

    @Test
    void noMeasuredTimeGivesEmptyCells() throws Exception {
        Path f = dir.resolve("occupancy.csv");
        CsvOutput.writeOccupancy(f, OccupancyRow.of("base", 1, "W1", new double[] {0, 0}));
        assertEquals(List.of("variant,replication,facility,beds_in_use,time_share,p_at_least",
                "base,1,W1,0,,", "base,1,W1,1,,"), Files.readAllLines(f, StandardCharsets.UTF_8));
    }

    @Test
    void fileHasOneRowPerBedCountWithFullPrecision() throws Exception {
        Path f = dir.resolve("occupancy.csv");
        CsvOutput.writeOccupancy(f, OccupancyRow.of("base", 1, "W1", new double[] {1, 3}));
        assertEquals(List.of("variant,replication,facility,beds_in_use,time_share,p_at_least",
                "base,1,W1,0,0.25,1.0", "base,1,W1,1,0.75,0.75"), Files.readAllLines(f, StandardCharsets.UTF_8));
    }
}

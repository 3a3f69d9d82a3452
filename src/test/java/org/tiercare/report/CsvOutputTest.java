package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {
    @TempDir Path dir;

    @Test
    void summaryHasExactHeaderFullPrecisionAndEmptyCellForNaN() throws Exception {
        Path f = dir.resolve("summary.csv");
        CsvOutput.writeSummary(f, List.of(
                new SummaryRow("base", "network", "all", "visits", 0.1 + 0.2, 1.0 / 3, 1e-7, 5),
                new SummaryRow("base, \"B\"", "facility", "H1", "wait", 2.5, Double.NaN, Double.NaN, 1)));
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals("variant,scope,scope_id,metric,mean,ci95_low,ci95_high,replications", lines.get(0));
        assertEquals("base,network,all,visits,0.30000000000000004,0.3333333333333333,1.0E-7,5", lines.get(1));
        assertEquals("\"base, \"\"B\"\"\",facility,H1,wait,2.5,,,1", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void replicationsHaveExactHeaderAndKeepReplicationNumbers() throws Exception {
        Path f = dir.resolve("replications.csv");
        CsvOutput.writeReplications(f, List.of(
                new MetricRow("base", 0, "network", "all", "visits", 1234.0),
                new MetricRow("base", 7, "tier", "community", "wait", Double.NaN)));
        assertEquals(List.of("variant,replication,scope,scope_id,metric,value",
                        "base,0,network,all,visits,1234.0",
                        "base,7,tier,community,wait,"),
                Files.readAllLines(f, StandardCharsets.UTF_8));
    }

    @Test
    void bytesDoNotDependOnLocale() throws Exception {
        List<SummaryRow> rows = List.of(new SummaryRow("v", "grid", "G1", "m", 1234567.891, 0.5, 2.25, 3));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CsvOutput.writeSummary(dir.resolve("de.csv"), rows);
            Locale.setDefault(Locale.US);
            CsvOutput.writeSummary(dir.resolve("us.csv"), rows);
        } finally {
            Locale.setDefault(before);
        }
        byte[] de = Files.readAllBytes(dir.resolve("de.csv"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("us.csv")), de);
        assertEquals("v,grid,G1,m,1234567.891,0.5,2.25,3", new String(de, StandardCharsets.UTF_8).split("\n")[1]);
    }
}

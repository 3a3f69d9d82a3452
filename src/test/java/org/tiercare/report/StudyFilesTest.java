package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyFilesTest {
    @TempDir Path dir;

    private StudyFiles.Output output(List<NameRow> names) {
        List<MetricRow> rows = ReportFixtures.replications(List.of(ReportFixtures.BASE), new double[] {0}, 3, 4, 2);
        return new StudyFiles.Output("Demo", "", ReportFixtures.manifest(List.of(ReportFixtures.BASE), false), rows,
                Summary.of(rows), ReportFixtures.BASE, List.of(), null, List.of(), List.of(), List.of(), List.of(), names);
    }

    @Test
    void namesCsvListsZonesFacilitiesAndGridsAsTheScenarioWritesThem() throws Exception {
        StudyFiles.write(dir, output(List.of(
                new NameRow("Z1", NameRow.ZONE, "城关镇"),
                new NameRow("H1", NameRow.FACILITY, "清水县人民医院"),
                new NameRow("H2", NameRow.FACILITY, "中医院, 东院"),
                new NameRow("G1", NameRow.GRID, null))));
        assertEquals("""
                id,kind,name
                Z1,zone,城关镇
                H1,facility,清水县人民医院
                H2,facility,"中医院, 东院"
                G1,grid,G1
                """, Files.readString(dir.resolve("names.csv"), StandardCharsets.UTF_8));
        // summary.csv keeps its columns.
        assertTrue(Files.readString(dir.resolve("summary.csv"))
                .startsWith("variant,scope,scope_id,metric,mean,ci95_low,ci95_high,replications\n"));
    }

    @Test
    void withoutNamesTheFileHasItsHeaderOnly() throws Exception {
        StudyFiles.write(dir, output(null));
        assertEquals("id,kind,name\n", Files.readString(dir.resolve("names.csv")));
    }
}

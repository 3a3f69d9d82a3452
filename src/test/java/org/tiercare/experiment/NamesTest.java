package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.NameRow;
import org.tiercare.scenario.Scenario;

/** names.csv: the scenario's zones, facilities and grids, as written, for joining onto scope_id. */
class NamesTest {
    @TempDir Path dir;

    private static final String COUNTY = """
            name: 清水县
            horizon: 1 d
            zones:
              - {id: Z1, name: 城关镇, x: 0, y: 0}
              - {id: Z2, x: 4, y: 0}
            facilities:
              - {id: H1, name: 清水县人民医院, tier: secondary, zone: Z1, outpatient: {doctors: 2, consult_time: 10 min}}
              - {id: H2, name: "清水县中医院, 东院", tier: secondary, zone: Z2, outpatient: {doctors: 2, consult_time: 10 min}}
              - {id: C1, name: 城关镇卫生院, tier: township, zone: Z1, outpatient: {doctors: 1, consult_time: 10 min}}
            layouts:
              - id: two
                grids:
                  - {id: 北片, lead: H1, zones: [Z1], members: [C1]}
                  - {id: 南片, lead: H2, zones: [Z2]}
              - id: one
                grids:
                  - {id: 北片, lead: H1, zones: [Z1, Z2], members: [H2, C1]}
            arrivals: [{facility: H1, rate_per_hour: 1}]
            """;

    private Scenario load(String file, String yaml) throws Exception {
        Path f = dir.resolve(file);
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return ScenarioLoader.load(f);
    }

    @Test
    void everyZoneFacilityAndGridOfEveryLayoutOnce() throws Exception {
        Scenario s = load("county.yaml", COUNTY);
        // A second file (compare A.yaml B.yaml): a facility it adds is listed; one it renames keeps the baseline's name.
        Scenario other = load("other.yaml", COUNTY.replace("清水县人民医院", "县医院")
                .replace("  - {id: C1,", "  - {id: C2, name: 新村卫生室, tier: village, zone: Z2, outpatient: {doctors: 1, consult_time: 10 min}}\n  - {id: C1,"));
        List<NameRow> names = Study.names(List.of(new Variant("base", "", s, Map.of()), new Variant("other", "", other, Map.of())));
        assertEquals(List.of(
                new NameRow("Z1", "zone", "城关镇"),
                new NameRow("Z2", "zone", "Z2"),
                new NameRow("H1", "facility", "清水县人民医院"),
                new NameRow("H2", "facility", "清水县中医院, 东院"),
                new NameRow("C1", "facility", "城关镇卫生院"),
                new NameRow("C2", "facility", "新村卫生室"),
                new NameRow("北片", "grid", "北片"),
                new NameRow("南片", "grid", "南片")), names);
    }

    @Test
    void aRunWritesNamesCsv() throws Exception {
        Scenario s = load("county.yaml", COUNTY);
        Path out = dir.resolve("out");
        Study.run(s, new Study.Options(1, 1, out, false, "test"), null);
        assertEquals("""
                id,kind,name
                Z1,zone,城关镇
                Z2,zone,Z2
                H1,facility,清水县人民医院
                H2,facility,"清水县中医院, 东院"
                C1,facility,城关镇卫生院
                北片,grid,北片
                南片,grid,南片
                """, Files.readString(out.resolve("names.csv"), StandardCharsets.UTF_8));
        // The grid scope ids of summary.csv are the ids names.csv lists.
        String summary = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(summary.contains(",grid,北片,"), summary.substring(0, 400));
    }
}

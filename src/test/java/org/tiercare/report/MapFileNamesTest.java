package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** File names of the maps of a study. */
class MapFileNamesTest {
    private static MapData map(String layout, String variant) {
        return new MapData(layout, variant, List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void theBaselinesMapIsMapTheOthersCarryTheirVariantMadeSafe() {
        assertEquals("map", StudyFiles.mapName(map("two-grids", "base"), true));
        assertEquals("map-three-grids", StudyFiles.mapName(map("three-grids", "three-grids"), false));
        // A sweep point's id: '=', ';' and '.' become '_', one for each run of them.
        assertEquals("map-reserved_slot_share_0_33_days_10",
                StudyFiles.mapName(map("L", "reserved_slot_share=0.33;days=10"), false));
        // Chinese ids stay readable; slashes and spaces never reach the file system.
        assertEquals("map-三网格_方案", StudyFiles.mapName(map("L", "三网格 / 方案"), false));
        assertEquals("map-variant", StudyFiles.mapName(map("L", "../"), false));
        assertEquals("map-one-grid", StudyFiles.mapName(map("one-grid", null), false));
    }
}

package org.tiercare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.ZoneSpec;

/** The city of {@code bench city}: copies of the demo with their own ids, grids and collaborating units. */
class CityBenchmarkTest {
    @Test
    void copiesTheDemoWithItsOwnIds() throws Exception {
        Scenario demo = ScenarioLoader.load(Path.of("scenarios/demo-district.yaml"));
        Scenario city = CityBenchmark.tile(demo, 3);
        long residents = demo.zones().stream().mapToLong(ZoneSpec::residents).sum();
        assertEquals(3 * residents, city.zones().stream().mapToLong(ZoneSpec::residents).sum());
        assertEquals(3 * demo.facilities().size(), city.facilities().size());
        Set<String> ids = new HashSet<>();
        city.zones().forEach(z -> assertTrue(ids.add(z.id()), z.id()));
        city.facilities().forEach(f -> assertTrue(ids.add(f.id()), f.id()));
        for (var layout : city.layouts()) {
            var original = demo.layouts().stream().filter(l -> l.id().equals(layout.id())).findFirst().orElseThrow();
            assertEquals(3 * original.grids().size(), layout.grids().size());
            for (GridSpec g : layout.grids()) {
                assertTrue(ids.contains(g.lead()), g.lead());
                g.zones().forEach(z -> assertTrue(ids.contains(z), z));
                g.members().forEach(m -> assertTrue(ids.contains(m), m));
            }
            assertEquals(3 * original.collaborating().size(), layout.collaborating().size());
        }
        // Copies are far apart: no zone is nearer to another copy's facilities than the choice model reaches.
        assertEquals(List.of("Z01", "Z01-2", "Z01-3"), city.zones().stream().map(ZoneSpec::id).filter(i -> i.startsWith("Z01")).toList());
        assertTrue(CityBenchmark.TILE_KM / demo.network().speedKmh() > demo.choice().maxTravelH());
        assertEquals(7, CityBenchmark.tilesFor(demo, 10e6), "10 M residents need 7 copies of 1.5 M");
    }
}

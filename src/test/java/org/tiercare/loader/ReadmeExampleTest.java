package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.Scenario;

/** The example planners copy from scenarios/README.md must stay valid. */
class ReadmeExampleTest {

    @Test
    void exampleInReadmeLoads(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        int start = readme.indexOf("```yaml\n", readme.indexOf("## A complete small example")) + "```yaml\n".length();
        Path f = dir.resolve("example.yaml");
        Files.writeString(f, readme.substring(start, readme.indexOf("```", start)));
        Scenario s = ScenarioLoader.load(f);
        assertEquals(2, s.facilities().size());
        assertEquals(7 * 24, s.facility("H1").orElseThrow().outpatient().bookingHorizonH());
    }

    @Test
    void griddedExampleInReadmeLoads(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        int heading = readme.indexOf("## A district with grids");
        int start = readme.indexOf("```yaml\n", heading) + "```yaml\n".length();
        Path f = dir.resolve("gridded.yaml");
        Files.writeString(f, readme.substring(start, readme.indexOf("```", start)));
        Scenario s = ScenarioLoader.load(f);
        assertEquals(5, s.facilities().size());
        assertEquals("two-grids", s.layout());
        assertEquals(4, s.conditions().size());
        assertEquals(2, s.variants().size());
        assertEquals(30, s.facility("H1").orElseThrow().outpatient().doctors());
    }
}

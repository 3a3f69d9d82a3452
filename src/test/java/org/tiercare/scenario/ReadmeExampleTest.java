package org.tiercare.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example planners copy from scenarios/README.md must stay valid. */
class ReadmeExampleTest {

    @Test
    void exampleInReadmeLoads(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        Path f = dir.resolve("example.yaml");
        Files.writeString(f, readme.substring(start, readme.indexOf("```", start)));
        Scenario s = ScenarioLoader.load(f);
        assertEquals(2, s.facilities().size());
        assertEquals(7 * 24, s.facility("H1").orElseThrow().outpatient().bookingHorizonH());
    }
}

package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioLoader;

/** An interrupted run (Ctrl-C) writes the replications that finished and marks the results partial. */
class InterruptTest {
    @TempDir
    Path tmp;

    @Test
    void interruptedRunKeepsFinishedReplicationsMarkedPartial() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/validation/mmc-rho09.yaml"),
                List.of("horizon=40000 h", "replications=6"));
        Path out = tmp.resolve("partial");
        AtomicReference<Thread> runner = new AtomicReference<>();
        AtomicInteger steps = new AtomicInteger();
        AtomicReference<Study.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(Study.run(List.of(new Variant("base", "", s, Map.of())), null,
                        new Study.Options(6, 1, out, false, "test"), () -> {
                            // Interrupt once the second replication is under way, as Ctrl-C would.
                            if (steps.incrementAndGet() == Experiment.PROGRESS_STEPS + 5) runner.get().interrupt();
                        }));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        runner.set(t);
        t.start();
        t.join(120_000);
        Study.Result r = result.get();
        assertTrue(r != null && r.partial(), "partial result expected: " + r);
        assertTrue(r.completed() >= 1 && r.completed() < 6, "completed " + (r == null ? -1 : r.completed()));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"partial\" : true"), manifest);
        assertTrue(manifest.contains("\"replications_completed\" : " + r.completed()), manifest);
        long reps = Files.readAllLines(out.resolve("replications.csv")).stream().skip(1)
                .map(l -> l.split(",")[1]).distinct().count();
        assertEquals(r.completed(), reps);
        // The banner, in whichever language the report was written in.
        assertTrue(Files.readString(out.resolve("report.html"))
                .contains(org.tiercare.text.Messages.of("report").get("report.partial.title")));
    }
}

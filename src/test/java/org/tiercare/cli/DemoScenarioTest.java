package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.cli.RunCommandTest.Outcome;
import org.tiercare.loader.ScenarioLoader;

/**
 * {@code run} without a SCENARIO works from any folder: the working directory's demo when there is one,
 * else a byte-for-byte copy of the demo built into the jar. (Tests cannot change the JVM's working
 * directory, so {@link DemoScenario#locate} takes it as a parameter; Maven runs tests from the repository root.)
 */
class DemoScenarioTest {
    @TempDir
    Path tmp;

    private static final Path REPO_DEMO = Path.of(DemoScenario.PATH);

    @Test
    void inAFolderWithoutTheDemoTheBundledCopyIsExtractedByteForByte() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("somewhere-else"));
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        DemoScenario.Located demo = DemoScenario.locate(elsewhere, temp);
        assertTrue(demo.bundled());
        assertTrue(demo.file().startsWith(temp), demo.file().toString());
        assertArrayEquals(Files.readAllBytes(REPO_DEMO), Files.readAllBytes(demo.file()));
        for (String name : DemoScenario.FILES) {
            assertArrayEquals(Files.readAllBytes(Path.of("scenarios").resolve(name)),
                    Files.readAllBytes(demo.file().getParent().resolve(name)), name);
        }
        assertEquals(List.of(), Files.list(elsewhere).toList(), "nothing written into the working directory");
        // Every file the demo reads came along (the loader would name a missing CSV), and the hash is the repository's.
        assertEquals(ScenarioLoader.load(REPO_DEMO).sha256(), ScenarioLoader.load(demo.file()).sha256());
    }

    @Test
    void aWorkingDirectoryWithTheDemoUsesItsOwnCopy() throws Exception {
        Path repo = tmp.resolve("repo");
        Path own = repo.resolve(DemoScenario.PATH);
        Files.createDirectories(own.getParent());
        Files.writeString(own, "name: my edited demo\n");
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        DemoScenario.Located demo = DemoScenario.locate(repo, temp);
        assertFalse(demo.bundled());
        assertEquals(own, demo.file());
        assertEquals(List.of(), Files.list(temp).toList(), "nothing extracted");
        // From the process's own working directory the path stays relative, as the manifest always recorded it.
        assertEquals(Path.of("scenarios/demo-district.yaml"), DemoScenario.locate(Path.of(""), temp).file());
    }

    @Test
    void twoExtractionsNeverShareAFolder() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path a = DemoScenario.locate(empty, tmp).file(), b = DemoScenario.locate(empty, tmp).file();
        assertFalse(a.getParent().equals(b.getParent()), a + " " + b);
    }

    /** The run the extracted copy makes records it as the scenario, with the repository copy's SHA-256. */
    @Test
    void runningTheExtractedCopyRecordsItsPathAndTheRepositoryHash() throws Exception {
        Path file = DemoScenario.locate(Files.createDirectories(tmp.resolve("cwd")), tmp).file();
        Path out = tmp.resolve("out");
        Outcome o = RunCommandTest.cli("run", file.toString(), "--set", "horizon=2d", "--set", "warmup=0d",
                "--replications", "1", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(file.toString(), manifest.get("scenario_file").asText());
        assertEquals(ScenarioLoader.load(REPO_DEMO).sha256(), manifest.get("scenario_sha256").asText());
    }

    /** Without a SCENARIO, run says which demo it runs (here, from the repository root, the repository's own). */
    @Test
    void runWithoutAScenarioSaysWhichDemoItRuns() throws Exception {
        Path out = tmp.resolve("default");
        Outcome o = RunCommandTest.cli("run", "--set", "horizon=2d", "--set", "warmup=0d", "--replications", "1",
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("No SCENARIO given: running the demo scenarios/demo-district.yaml."), o.out());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("scenarios/demo-district.yaml", manifest.get("scenario_file").asText());
    }
}

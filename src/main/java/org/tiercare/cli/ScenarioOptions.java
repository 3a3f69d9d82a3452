package org.tiercare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import picocli.CommandLine.Option;

/** Options every command that reads a scenario shares (descriptions: the cli bundle, keyed by option name). */
final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE")
    List<String> overrides = new ArrayList<>();

    Scenario load(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("error.scenarioNotFound", file);
        }
        return ScenarioLoader.load(file, overrides);
    }
}

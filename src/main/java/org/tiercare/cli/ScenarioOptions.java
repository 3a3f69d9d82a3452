package org.tiercare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import picocli.CommandLine.Option;

/** Options every command that reads a scenario shares. */
final class ScenarioOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override any scalar of the scenario, e.g. --set facilities.H1.outpatient.doctors=12 (repeatable).")
    List<String> overrides = new ArrayList<>();

    Scenario load(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("scenario file not found: " + file
                    + " (give the path of a .yaml scenario, e.g. scenarios/demo-district.yaml)");
        }
        return ScenarioLoader.load(file, overrides);
    }
}

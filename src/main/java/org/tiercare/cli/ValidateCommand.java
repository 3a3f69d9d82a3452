package org.tiercare.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tiercare.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario; print every problem with file:line:column and exit 2, or exit 0.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenario;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenarioOptions.load(scenario);
        spec.commandLine().getOut().printf("%s: OK — %s (%d facilities, %d zones, %d arrival streams)%n",
                scenario, s.name(), s.facilities().size(), s.zones().size(), s.arrivals().size());
        return Main.OK;
    }
}

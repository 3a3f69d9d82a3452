package org.tiercare.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Usage help: the {@code tiercare.validate.*} keys of the cli bundle. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", descriptionKey = "scenario")
    Path scenario;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenarioOptions.load(scenario);
        spec.commandLine().getOut().println(Messages.of("cli").get("validate.ok",
                scenario, s.name(), s.facilities().size(), s.zones().size(), s.arrivals().size()));
        return Main.OK;
    }
}

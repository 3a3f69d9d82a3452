package org.tiercare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiercare.experiment.ScenarioWarnings;
import org.tiercare.experiment.Study;
import org.tiercare.report.RunWarning;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Checks a scenario: problems of form come from the loader (exit 2); then what a run would cost (the
 * {@link Estimate}, for the scenario's replications on all cores, as {@code run} would use them) and the warnings
 * of meaning a run would carry ({@link ScenarioWarnings}), which leave the exit code 0.
 * Usage help: the {@code tiercare.validate.*} keys of the cli bundle.
 */
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
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.of("cli").get("validate.ok",
                scenario, s.name(), s.facilities().size(), s.zones().size(), s.arrivals().size()));
        int cores = Runtime.getRuntime().availableProcessors();
        Estimate.print(out, s, s.replications(), cores, cores, Runtime.getRuntime().maxMemory());
        List<RunWarning> warnings = ScenarioWarnings.check(Study.BASE_VARIANT, s);
        if (!warnings.isEmpty()) {
            Locale l = Messages.current();
            out.println(Messages.of("warnings").get("heading", warnings.size()));
            for (RunWarning w : warnings) out.println("  ! " + w.message(l));
        }
        out.flush();
        return Main.OK;
    }
}

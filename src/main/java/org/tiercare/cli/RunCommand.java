package org.tiercare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiercare.experiment.EventLog;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Usage help: the {@code tiercare.run.*} keys of the cli bundle. */
@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    /** Null when not given: then the demo ({@link DemoScenario}), found from any working directory. */
    @Parameters(paramLabel = "SCENARIO", arity = "0..1", descriptionKey = "scenario")
    Path scenario;

    @Mixin
    RunOptions run;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    ShardOptions shard;

    @Option(names = "--event-log", paramLabel = "PATH")
    Path eventLog;

    @Option(names = "--event-log-sample", paramLabel = "FRACTION")
    Double eventLogSample;

    @Spec
    CommandSpec spec;

    /** The event log asked for, or null; an existing file is never replaced (exit 2). */
    private EventLog openEventLog() {
        if (eventLog == null) return null;
        try {
            return EventLog.create(eventLog, eventLogSample == null ? 1 : eventLogSample);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BadInputException("error.eventLogExists", eventLog.toAbsolutePath().normalize());
        } catch (java.io.IOException e) {
            throw new EnvironmentException(eventLog.toAbsolutePath(), e);
        }
    }

    @Override
    public Integer call() throws Exception {
        run.addOverrides(scenarioOptions);
        Path file = scenario != null ? scenario : DemoScenario.forCommand(spec.commandLine().getOut());
        Scenario s = scenarioOptions.load(file);
        List<Variant> variants = List.of(new Variant(Study.BASE_VARIANT, "as written", s, Map.of()));
        if (eventLogSample != null && (eventLog == null || !(eventLogSample > 0 && eventLogSample <= 1))) {
            throw new BadInputException("error.eventLogSample", eventLogSample);
        }
        if (eventLog != null && shard.parse() != null) throw new BadInputException("error.eventLogShard");
        try (Execution execution = Execution.start(spec); EventLog log = openEventLog()) {
            execution.eventLog(log);
            if (shard.parse() != null) {
                StudyRecipe recipe = StudyRecipe.of("run", List.of(file), scenarioOptions, run, null, null, false);
                return execution.runShard(recipe, variants, run, shard.parse());
            }
            Study.Result result = execution.run(variants, null, run, "");
            if (log != null) {
                try {
                    log.finish(result.completed());
                } catch (java.io.IOException e) {
                    throw new EnvironmentException(log.target(), e);
                }
            }
            Headline.print(spec.commandLine().getOut(), s, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

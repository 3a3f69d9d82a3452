package org.tiercare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.addOverrides(scenarioOptions);
        Path file = scenario != null ? scenario : DemoScenario.forCommand(spec.commandLine().getOut());
        Scenario s = scenarioOptions.load(file);
        List<Variant> variants = List.of(new Variant(Study.BASE_VARIANT, "as written", s, Map.of()));
        try (Execution execution = Execution.start(spec)) {
            if (shard.parse() != null) {
                StudyRecipe recipe = StudyRecipe.of("run", List.of(file), scenarioOptions, run, null, null, false);
                return execution.runShard(recipe, variants, run, shard.parse());
            }
            Study.Result result = execution.run(variants, null, run, "");
            Headline.print(spec.commandLine().getOut(), s, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

package org.tiercare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Usage help: the {@code tiercare.sweep.*} keys of the cli bundle. */
@Command(name = "sweep", mixinStandardHelpOptions = true)
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", descriptionKey = "scenario")
    Path scenario;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,…")
    List<String> vary = new java.util.ArrayList<>();

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
        StudyRecipe recipe = StudyRecipe.of("sweep", List.of(scenario), scenarioOptions, run, vary, null, false);
        List<Variant> variants = recipe.variants();
        try (Execution execution = Execution.start(spec)) {
            if (shard.parse() != null) return execution.runShard(recipe, variants, run, shard.parse());
            Study.Result result = execution.run(variants, recipe.sweep(variants), run, "sweep");
            Headline.printComparison(spec.commandLine().getOut(), variants, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

package org.tiercare.cli;

import java.nio.file.Files;
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

/** Usage help: the {@code tiercare.compare.*} keys of the cli bundle. */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "1..*", descriptionKey = "scenario")
    List<Path> scenarios;

    @Option(names = "--independent-streams")
    boolean independent;

    @Option(names = "--variants", split = ",", paramLabel = "ID,…")
    List<String> only;

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
        for (Path p : scenarios) {
            if (!Files.isRegularFile(p)) throw new BadInputException("error.scenarioNotFound", p);
        }
        StudyRecipe recipe = StudyRecipe.of("compare", scenarios, scenarioOptions, run, null, only, independent);
        List<Variant> variants = recipe.variants();
        if (variants.size() < 2) {
            throw new BadInputException("error.nothingToCompare", scenarios.get(0));
        }
        try (Execution execution = Execution.start(spec)) {
            if (shard.parse() != null) return execution.runShard(recipe, variants, run, shard.parse());
            Study.Result result = execution.run(variants, null, run, "compare");
            Headline.printComparison(spec.commandLine().getOut(), variants, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

package org.tiercare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.experiment.Variants;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.addOverrides(scenarioOptions);
        for (Path p : scenarios) {
            if (!Files.isRegularFile(p)) throw new BadInputException("error.scenarioNotFound", p);
        }
        List<Variant> variants = scenarios.size() == 1
                ? Variants.declared(scenarios.get(0), scenarioOptions.overrides, independent)
                : Variants.files(scenarios, scenarioOptions.overrides, independent);
        if (only != null && !only.isEmpty()) {
            List<String> known = variants.stream().map(Variant::id).toList();
            for (String id : only) {
                if (!known.contains(id)) {
                    throw new BadInputException("error.noVariant", id, Headline.list(known.subList(1, known.size())));
                }
            }
            variants = java.util.stream.Stream.concat(variants.stream().limit(1),
                    variants.stream().skip(1).filter(v -> only.contains(v.id()))).toList();
        }
        if (variants.size() < 2) {
            throw new BadInputException("error.nothingToCompare", scenarios.get(0));
        }
        try (Execution execution = Execution.start(spec)) {
            Study.Result result = execution.run(variants, null, run, "compare");
            Headline.printComparison(spec.commandLine().getOut(), variants, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

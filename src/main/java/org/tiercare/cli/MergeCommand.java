package org.tiercare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiercare.experiment.ShardException;
import org.tiercare.experiment.Shards;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiercare merge SHARD… --out DIR}: combines the shard folders of one study ({@code --shard I/N} of run,
 * compare or sweep) into the results folder one machine would have written. The variants are rebuilt from the
 * study's recipe and the scenario files, which must be unchanged (their fingerprint is checked); nothing is
 * simulated again. Usage help: the {@code tiercare.merge.*} keys of the cli bundle.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD", arity = "1..*", descriptionKey = "shards")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true)
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--threads", paramLabel = "T")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : shards) {
            if (!Files.isDirectory(p)) throw new BadInputException("merge.notShard", p);
        }
        Shards.Merged merged;
        try {
            merged = Shards.read(shards);
        } catch (ShardException e) {
            throw new BadInputException(e.key(), e.args());
        } catch (IOException e) {
            throw new EnvironmentException(shards.get(0).toAbsolutePath(), e);
        }
        StudyRecipe recipe = StudyRecipe.fromMap(merged.recipe());
        List<Variant> variants = recipe.variants();
        if (!Shards.fingerprint(merged.recipe(), variants, merged.replications()).equals(merged.study())
                || !variants.stream().map(Variant::id).toList().equals(merged.variants())) {
            throw new BadInputException("merge.changed", String.join(", ", recipe.scenarios()));
        }
        RunOptions run = new RunOptions();
        run.out = out;
        run.force = force;
        run.threads = threads;
        run.maxReplications = Math.max(2, merged.replications()); // no --precision: only checked, never used
        run.rules = new java.util.ArrayList<>(recipe.rules());
        PrintWriter console = spec.commandLine().getOut();
        try (Execution execution = Execution.start(spec)) {
            Study.Result result = execution.run(variants, recipe.sweep(variants), run, recipe.suffix(),
                    merged.replications(), merged.outcomes());
            console.println(Messages.of("cli").get("merge.done", merged.count(), result.folder()));
            if (variants.size() == 1) Headline.print(console, variants.get(0).scenario(), result);
            else Headline.printComparison(console, variants, result);
            return execution.finish(console, result.folder(), result.completed(), result.requested());
        }
    }
}

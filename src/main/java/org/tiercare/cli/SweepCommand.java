package org.tiercare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.experiment.Variants;
import org.tiercare.report.Sweep;
import org.tiercare.report.SweepPoint;
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
    List<String> vary = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.addOverrides(scenarioOptions);
        scenarioOptions.load(scenario); // the base must be valid before any point is built
        List<Variant> variants = Variants.sweep(scenario, scenarioOptions.overrides, vary);
        String lever = variants.get(0).levers().keySet().iterator().next();
        List<SweepPoint> points = new ArrayList<>();
        for (Variant v : variants) {
            // The first lever is the x axis; any others make one line per combination.
            String series = v.levers().entrySet().stream().skip(1)
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "=" + e.getValue())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            points.add(new SweepPoint(v.id(), v.levers().get(lever), series));
        }
        try (Execution execution = Execution.start(spec)) {
            Study.Result result = execution.run(variants, new Sweep(lever, points), run, "sweep");
            Headline.printComparison(spec.commandLine().getOut(), variants, result);
            return execution.finish(spec.commandLine().getOut(), result.folder(), result.completed(), result.requested());
        }
    }
}

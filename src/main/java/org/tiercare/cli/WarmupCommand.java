package org.tiercare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Welch;
import org.tiercare.report.Manifest;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.WarmupFiles;
import org.tiercare.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "warmup", mixinStandardHelpOptions = true,
        description = "Help choose a warm-up: run without warm-up and draw Welch's moving-average plot of a series "
                + "(e.g. occupied beds at the lead hospital) averaged over replications.")
final class WarmupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = "scenarios/demo-district.yaml",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--series", defaultValue = "occupied beds (all facilities)", paramLabel = "NAME",
            description = "Series to plot (default: '${DEFAULT-VALUE}'); e.g. 'occupied beds H1', 'consult queue (all facilities)'.")
    String series;

    @Option(names = "--window", defaultValue = "10", paramLabel = "W", description = "Moving-average half-window in samples (default: ${DEFAULT-VALUE}).")
    int window;

    @Mixin
    RunOptions run;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.addOverrides(scenarioOptions);
        // The horizon stays as written: the warm-up is looked for inside it.
        scenarioOptions.overrides.add("warmup=0 h");
        Scenario s = scenarioOptions.load(scenario);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int threads = run.threads == null ? Runtime.getRuntime().availableProcessors() : run.threads;
        Experiment.Outcome outcome;
        try (Progress progress = Progress.start("warmup " + s.name(), (long) s.replications() * Experiment.PROGRESS_STEPS)) {
            outcome = Experiment.run(s, "warmup", s.replications(), threads, progress);
        }
        if (outcome.details().isEmpty()) throw new InterruptedException("interrupted before any replication finished");
        List<String> names = Welch.seriesNames(outcome.detail());
        if (!names.contains(series)) {
            throw new BadInputException("no series '" + series + "' in this scenario; available: " + String.join(", ", names));
        }
        Welch.Result w = Welch.of(series, outcome.details(), window, 0.02);
        Path out = run.out != null ? run.out
                : ResultsFolder.defaultFolder(Path.of("results"), s.name() + "-warmup", Clock.systemUTC());
        try (ResultsFolder folder = ResultsFolder.open(out, run.force)) {
            List<WarmupFiles.Point> points = w.points().stream()
                    .map(p -> new WarmupFiles.Point(p.timeH(), p.mean(), p.smoothed())).toList();
            Manifest manifest = Manifest.of(s.name(), s.file(), s.sha256(), s.overrides(), s.seed(), s.replications(),
                    w.replications(), threads, List.of("warmup"),
                    "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs()), started,
                    (System.nanoTime() - t0) / 1e9, w.replications() < s.replications());
            WarmupFiles.write(folder.path(), manifest, points,
                    series + " (mean of " + w.replications() + " replications)", "moving average, window " + (2 * window + 1));
            folder.commit();
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%nWelch's method on '%s' over %d replications (window %d samples).%n", series,
                    w.replications(), 2 * window + 1);
            o.printf(Locale.ROOT, "The smoothed curve first reaches its typical late level at t = %.0f h (%.1f d): "
                    + "a warm-up of at least that, with a margin, is a reasonable choice. Look at the chart to be sure.%n",
                    w.suggestedWarmupH(), w.suggestedWarmupH() / 24);
            o.printf("Chart and data: %s (timeseries.png, welch.csv)%n", folder.target());
            o.flush();
        }
        return Main.OK;
    }
}

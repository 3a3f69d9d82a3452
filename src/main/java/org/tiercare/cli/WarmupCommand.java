package org.tiercare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Usage help: the {@code tiercare.warmup.*} keys of the cli bundle. */
@Command(name = "warmup", mixinStandardHelpOptions = true)
final class WarmupCommand implements Callable<Integer> {
    /** Null when not given: then the demo ({@link DemoScenario}), found from any working directory. */
    @Parameters(paramLabel = "SCENARIO", arity = "0..1", descriptionKey = "scenario")
    Path scenario;

    @Option(names = "--series", defaultValue = "occupied beds (all facilities)", paramLabel = "NAME")
    String series;

    @Option(names = "--window", defaultValue = "10", paramLabel = "W")
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
        Path file = scenario != null ? scenario : DemoScenario.forCommand(spec.commandLine().getOut());
        Scenario s = scenarioOptions.load(file);
        Messages m = Messages.of("cli");
        int threads = Execution.threads(run);
        Estimate.refuseIfTooBig(List.of(s), s.replications(), threads, Runtime.getRuntime().maxMemory());
        try (Execution execution = Execution.start(spec)) {
            // Claimed before simulating, like every results folder: a folder in use is refused at once.
            ResultsFolder folder = execution.claim(run, s.name() + "-warmup");
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Experiment.Outcome outcome;
            try (Progress progress = Progress.start(m.get("progress.warmup", s.name()), (long) s.replications() * Experiment.PROGRESS_STEPS)) {
                execution.simulating();
                outcome = Experiment.run(s, "warmup", s.replications(), threads, execution.listener(progress));
            } finally {
                execution.writing();
            }
            if (outcome.details().isEmpty()) throw execution.nothingWritten();
            List<String> names = Welch.seriesNames(outcome.detail());
            if (!names.contains(series)) throw new BadInputException("error.noSeries", series, Headline.list(names));
            Welch.Result w = Welch.of(series, outcome.details(), window, 0.02);
            List<WarmupFiles.Advice> all = Welch.all(outcome.details(), window, 0.02);
            List<WarmupFiles.Point> points = w.points();
            Manifest manifest = Manifest.of(s.name(), s.file(), s.sha256(), s.overrides(), s.seed(), s.replications(),
                    w.replications(), threads, List.of("warmup"),
                    "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs()), started,
                    (System.nanoTime() - t0) / 1e9, w.replications() < s.replications()).withRunId(folder.runId());
            try {
                // Chart labels stay English, like every chart's (CJK fonts may be missing where charts are drawn).
                Messages chart = Messages.of("cli", Locale.ENGLISH);
                WarmupFiles.write(folder.path(), manifest, points, chart.get("warmup.chart.mean", series, w.replications()),
                        chart.get("warmup.chart.smoothed", 2 * window + 1));
                WarmupFiles.writeAdvice(folder.path(), all);
                folder.commit();
            } catch (IOException | UncheckedIOException e) {
                throw new EnvironmentException(folder.target(), e);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println();
            o.println(m.get("warmup.method", series, w.replications(), 2 * window + 1));
            o.println(m.get("warmup.suggestion", w.suggestedWarmupH(), w.suggestedWarmupH() / 24));
            // The drawn series is one of many; the warm-up must suit the slowest.
            if (!all.isEmpty()) {
                o.println(m.get("warmup.all", all.size(), all.get(0).series(), all.get(0).warmupH(), all.get(0).warmupH() / 24));
                for (WarmupFiles.Advice a : all.subList(1, Math.min(4, all.size()))) {
                    o.println(m.get("warmup.allNext", a.series(), a.warmupH(), a.warmupH() / 24));
                }
            }
            o.println(m.get("warmup.files", folder.target()));
            o.flush();
            return execution.finish(o, folder.target(), w.replications(), s.replications());
        }
    }
}

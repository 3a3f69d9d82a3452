package org.tiercare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Study;
import org.tiercare.report.ResultsFolder;
import org.tiercare.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and write a results folder (summary.csv, replications.csv, manifest.json).")
final class RunCommand implements Callable<Integer> {
    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "demo-district.yaml");

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario YAML file (default: ${DEFAULT-VALUE}).",
            defaultValue = "scenarios/demo-district.yaml")
    Path scenario;

    @Option(names = "--replications", paramLabel = "N", description = "Independent replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Base random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario>-<time>).")
    Path out;

    @Option(names = "--force", description = "Replace an existing results folder.")
    boolean force;

    @Option(names = "--threads", paramLabel = "T", description = "Replications run in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // --seed and --replications are overrides like any other, so the manifest records them the same way.
        if (seed != null) scenarioOptions.overrides.add("seed=" + seed);
        if (replications != null) {
            if (replications < 1) throw new BadInputException("--replications must be at least 1, got " + replications);
            scenarioOptions.overrides.add("replications=" + replications);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) throw new BadInputException("--threads must be at least 1, got " + nThreads);
        Scenario s = scenarioOptions.load(scenario);
        Path folder = out != null ? out : ResultsFolder.defaultFolder(Path.of("results"), s.name(), Clock.systemUTC());
        var options = new Study.Options(s.replications(), nThreads, folder, force, commandLine());

        CountDownLatch written = new CountDownLatch(1);
        Thread worker = Thread.currentThread();
        // Ctrl-C: interrupt the run, let it write the finished replications (marked partial), then exit.
        Thread hook = new Thread(() -> {
            if (written.getCount() > 0) {
                worker.interrupt();
                try {
                    written.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Study.Result result;
        try (Progress progress = Progress.start("run " + s.name(), (long) s.replications() * Experiment.PROGRESS_STEPS)) {
            result = Study.run(s, options, progress);
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running; it only waits for the latch released above
            }
        }
        Headline.print(spec.commandLine().getOut(), s, result);
        return Main.OK;
    }

    private String commandLine() {
        return "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}

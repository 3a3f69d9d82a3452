package org.tiercare.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.Sweep;
import org.tiercare.text.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a study from a command, the same way for run, compare and sweep: a progress bar, and Ctrl-C
 * handled so that finished replications are written (marked partial) before the JVM exits.
 */
final class Execution {
    private Execution() {}

    static Study.Result run(CommandSpec spec, List<Variant> variants, Sweep sweep, RunOptions run, String kind)
            throws Exception {
        return run(spec, variants, sweep, run, kind, null, java.util.Map.of());
    }

    /**
     * As above, with {@code replications} per variant (null: the scenario's) and replications already simulated
     * ({@code done}, by variant id), which are reused rather than run again.
     */
    static Study.Result run(CommandSpec spec, List<Variant> variants, Sweep sweep, RunOptions run, String kind,
                            Integer replications, java.util.Map<String, org.tiercare.experiment.Experiment.Outcome> done)
            throws Exception {
        Path out = run.out;
        int nThreads = run.threads == null ? Runtime.getRuntime().availableProcessors() : run.threads;
        if (nThreads < 1) throw new BadInputException("error.atLeastOne", "--threads", nThreads);
        var base = variants.get(0).scenario();
        Path folder = out != null ? out
                : ResultsFolder.defaultFolder(Path.of("results"), base.name() + (kind.isEmpty() ? "" : "-" + kind), Clock.systemUTC());
        String commandLine = "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        if (run.precision != null && !(run.precision > 0 && run.precision < 1)) {
            throw new BadInputException("error.precision", run.precision);
        }
        int perVariant = replications != null ? replications : base.replications();
        int max = Math.max(run.maxReplications, perVariant);
        if (run.maxReplications < 2) throw new BadInputException("error.atLeastTwo", "--max-replications", run.maxReplications);
        Estimate.refuseIfTooBig(variants, run.precision == null ? perVariant : max, nThreads, Runtime.getRuntime().maxMemory());
        var rules = org.tiercare.loader.RuleSets.load(run.rules, base.file());
        var options = new Study.Options(perVariant, nThreads, folder, run.force, commandLine, run.precision, max, rules);

        CountDownLatch written = new CountDownLatch(1);
        Thread worker = Thread.currentThread();
        Thread hook = new Thread(() -> {
            if (written.getCount() > 0) {
                worker.interrupt();
                try {
                    written.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        // With --precision the bar counts up to the cap and may finish early.
        long steps = (long) (run.precision == null ? perVariant : max) * variants.size() * Experiment.PROGRESS_STEPS;
        String task = Messages.of("cli").get(kind.isEmpty() ? "progress.run" : "progress." + kind, base.name(), variants.size());
        try (Progress progress = Progress.start(task, steps)) {
            return Study.run(variants, sweep, options, progress, done);
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it only waits for the latch released above
            }
        }
    }
}

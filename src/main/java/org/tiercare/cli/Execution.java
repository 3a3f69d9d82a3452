package org.tiercare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Shard;
import org.tiercare.experiment.Shards;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.Sweep;
import org.tiercare.text.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a study from a command, the same way for run, compare, sweep and warmup: the results folder claimed before
 * anything is simulated, a progress bar, and Ctrl-C / SIGTERM handled ({@link Interrupts}) so that finished
 * replications are written (marked partial), their folder printed, and the command exits 130 or 143. Write
 * failures become {@link EnvironmentException} (exit 3). Use with try-with-resources.
 */
final class Execution implements AutoCloseable {
    /** Test seam: a last look at the staged files before commit (a test makes it fail as a full disk would). */
    static volatile ResultsFolder.Check commitCheck;

    /** Test seam: called from the replication threads at every progress step, with this execution's interrupts. */
    interface StepHook {
        void step(Interrupts interrupts, long step);
    }

    static volatile StepHook stepHook;

    private final CommandSpec spec;
    private final Interrupts interrupts;
    private final Messages m = Messages.of("cli");
    /** Read once: replication threads of an earlier execution still winding down keep calling their own. */
    private final StepHook hook = stepHook;
    private ResultsFolder folder;
    private Path asked;
    /** {@code --event-log} of run, or null. */
    private org.tiercare.experiment.EventLog eventLog;

    private Execution(CommandSpec spec, Interrupts interrupts) {
        this.spec = spec;
        this.interrupts = interrupts;
    }

    /** From now until {@link #close}, Ctrl-C and SIGTERM are this command's to handle. */
    static Execution start(CommandSpec spec) {
        return new Execution(spec, Interrupts.install());
    }

    static int threads(RunOptions run) {
        int n = run.threads == null ? Runtime.getRuntime().availableProcessors() : run.threads;
        if (n < 1) throw new BadInputException("error.atLeastOne", "--threads", n);
        return n;
    }

    /**
     * Claims {@code --out} (or a new {@code results/<name>-<time>}) before anything is simulated, so that a folder
     * another run holds, or one that may not be replaced, is refused at once. Says what leftovers of killed runs
     * it removed.
     */
    ResultsFolder claim(RunOptions run, String defaultName) {
        asked = run.out;
        try {
            folder = run.out != null ? ResultsFolder.open(run.out, run.force)
                    : ResultsFolder.openNew(Path.of("results"), defaultName, Clock.systemUTC());
        } catch (IOException | UncheckedIOException e) {
            throw new EnvironmentException(run.out != null ? run.out.toAbsolutePath() : Path.of("results").toAbsolutePath(), e);
        }
        if (!folder.cleaned().isEmpty()) {
            spec.commandLine().getErr().println(m.get("folder.cleaned", folder.cleaned().size(), String.join(", ", folder.cleaned())));
        }
        folder.beforeCommit(commitCheck);
        if (interrupts.interrupted()) {
            folder.close();
            throw new InterruptedRun(interrupts.exitCode());
        }
        return folder;
    }

    Study.Result run(List<Variant> variants, Sweep sweep, RunOptions run, String kind) throws Exception {
        return run(variants, sweep, run, kind, null, java.util.Map.of());
    }

    /**
     * As above, with {@code replications} per variant (null: the scenario's) and replications already simulated
     * ({@code done}, by variant id), which are reused rather than run again ({@code optimise}).
     */
    Study.Result run(List<Variant> variants, Sweep sweep, RunOptions run, String kind, Integer replications,
                     java.util.Map<String, Experiment.Outcome> done) throws Exception {
        var base = variants.get(0).scenario();
        int nThreads = threads(run);
        if (run.precision != null && !(run.precision > 0 && run.precision < 1)) {
            throw new BadInputException("error.precision", run.precision);
        }
        int perVariant = replications != null ? replications : base.replications();
        int max = Math.max(run.maxReplications, perVariant);
        if (run.maxReplications < 2) throw new BadInputException("error.atLeastTwo", "--max-replications", run.maxReplications);
        Estimate.refuseIfTooBig(variants, run.precision == null ? perVariant : max, nThreads, Runtime.getRuntime().maxMemory());
        var rules = org.tiercare.loader.RuleSets.load(run.rules, base.file());
        String commandLine = "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ResultsFolder claimed = folder != null ? folder : claim(run, base.name() + (kind.isEmpty() ? "" : "-" + kind));
        var options = new Study.Options(perVariant, nThreads, claimed.target(), run.force, commandLine, run.precision, max,
                rules, eventLog);
        // With --precision the bar counts up to the cap and may finish early.
        long steps = (long) (run.precision == null ? perVariant : max) * variants.size() * Experiment.PROGRESS_STEPS;
        String task = m.get(kind.isEmpty() ? "progress.run" : "progress." + kind, base.name(), variants.size());
        try (Progress progress = Progress.start(task, steps)) {
            interrupts.simulating();
            return Study.run(variants, sweep, options, claimed, listener(progress), done);
        } catch (InterruptedException e) {
            throw new InterruptedRun(interrupts.exitCode());
        } catch (IOException | UncheckedIOException e) {
            throw new EnvironmentException(claimed.target(), e);
        }
    }

    /**
     * Runs shard {@code shard} of the study {@code recipe} describes ({@code variants}, built from it) into a shard
     * folder ({@link Shards}) and prints where it went; returns the exit code. {@code --precision} is refused: which
     * replications it adds depends on all earlier ones, which no shard has.
     */
    int runShard(StudyRecipe recipe, List<Variant> variants, RunOptions run, Shard shard) throws Exception {
        if (run.precision != null) throw new BadInputException("error.shardPrecision");
        var base = variants.get(0).scenario();
        int nThreads = threads(run);
        int perVariant = base.replications();
        int jobs = shard.jobs(variants.size(), perVariant);
        if (jobs == 0) throw new BadInputException("error.shardEmpty", shard, variants.size() * perVariant);
        Estimate.refuseIfTooBig(variants, perVariant, nThreads, Runtime.getRuntime().maxMemory());
        org.tiercare.loader.RuleSets.load(run.rules, base.file()); // a mistake shows now, not at the merge
        String commandLine = "tiercare " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ResultsFolder claimed = folder != null ? folder
                : claim(run, base.name() + "-" + recipe.kind() + "-shard" + shard.index() + "of" + shard.count());
        String task = m.get("progress.shard", base.name(), shard.toString());
        try (Progress progress = Progress.start(task, (long) jobs * Experiment.PROGRESS_STEPS)) {
            interrupts.simulating();
            Shards.Result r = Shards.run(variants, perVariant, shard, recipe.toMap(), nThreads, commandLine, claimed,
                    listener(progress));
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("shard.written", shard.toString(), r.jobs(), r.folder()));
            return finish(out, r.folder(), r.jobs(), r.jobs());
        } catch (InterruptedException e) {
            throw new InterruptedRun(interrupts.exitCode());
        } catch (IOException | UncheckedIOException e) {
            throw new EnvironmentException(claimed.target(), e);
        }
    }

    /** Every replication that {@link #run} runs writes its patient events to {@code log}. */
    void eventLog(org.tiercare.experiment.EventLog log) { this.eventLog = log; }

    /** Steps the bar; marks the end of the simulation for {@link Interrupts}. */
    Experiment.Progress listener(Progress progress) {
        return new Experiment.Progress() {
            private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public void step() {
                progress.step();
                if (hook != null) hook.step(interrupts, count.incrementAndGet());
            }

            @Override
            public void simulationDone() { interrupts.writing(); }
        };
    }

    /** The simulation starts (for commands that run {@link Experiment} themselves). */
    void simulating() { interrupts.simulating(); }

    /** The simulation is over (for commands that run {@link Experiment} themselves). */
    void writing() { interrupts.writing(); }

    /** The exit code of an interrupted command, when nothing was written. */
    InterruptedRun nothingWritten() { return new InterruptedRun(interrupts.exitCode()); }

    /**
     * The command's exit code once its results are written and printed: 0, or 130/143 after a signal, with a line
     * saying where the results that were kept are. Also says when the results had to go to another folder.
     */
    int finish(PrintWriter out, Path written, int completed, int requested) {
        if (asked != null && !written.equals(asked.toAbsolutePath().normalize())) {
            out.println(m.get("folder.redirected", asked.toAbsolutePath().normalize(), written));
        }
        if (!interrupts.interrupted()) return Main.OK;
        String signal = signalName();
        out.println(completed < requested
                ? m.get("interrupted.partial", signal, Integer.toString(completed), Integer.toString(requested), written)
                : m.get("interrupted.complete", signal, written));
        out.flush();
        return interrupts.exitCode();
    }

    String signalName() { return signalName(interrupts.exitCode()); }

    static String signalName(int exitCode) { return exitCode == Interrupts.SIGTERM_EXIT ? "SIGTERM" : "SIGINT, Ctrl-C"; }

    /** Gives up a folder claimed but never handed to a study (a failure in between), and the signal handlers. */
    @Override
    public void close() {
        try {
            if (folder != null) folder.close();
        } finally {
            interrupts.close();
        }
    }
}

package org.tiercare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Optimiser;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.experiment.Variants;
import org.tiercare.report.OptimumText;
import org.tiercare.report.LeverNames;
import org.tiercare.report.Sweep;
import org.tiercare.report.SweepPoint;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiercare optimise}: the smallest (or largest) value of one lever at which the scenario's targets are met
 * with 95 % confidence ({@link Optimiser}), then the usual results folder over every value tried, with each
 * target's metric charted against the lever and the target drawn as a line. Usage help: the
 * {@code tiercare.optimise.*} keys of the cli bundle.
 */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true)
final class OptimiseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", descriptionKey = "scenario")
    Path scenario;

    @Option(names = "--lever", required = true, paramLabel = "PATH=LO:HI")
    String lever;

    @Option(names = "--maximise", descriptionKey = "maximise")
    boolean maximise;

    @Option(names = "--minimise", descriptionKey = "minimise")
    boolean minimise;

    @Option(names = "--targets", split = ",", paramLabel = "ID")
    List<String> targets = new ArrayList<>();

    @Option(names = "--step", paramLabel = "S")
    Double step;

    @Mixin
    RunOptions run;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maximise && minimise) throw new BadInputException("error.optimise.direction");
        int eq = lever.indexOf('='), colon = lever.lastIndexOf(':');
        if (eq <= 0 || colon < eq) throw new BadInputException("error.optimise.lever", lever);
        String path = lever.substring(0, eq).strip();
        double lo, hi;
        try {
            lo = Variants.parseNumber(lever.substring(eq + 1, colon).strip());
            hi = Variants.parseNumber(lever.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("error.optimise.lever", lever);
        }
        if (!(lo < hi)) throw new BadInputException("error.optimise.range", lever);
        if (step != null && !(step > 0)) throw new BadInputException("error.optimise.step", step);
        run.addOverrides(scenarioOptions);
        Scenario base = scenarioOptions.load(scenario);
        Set<String> known = new LinkedHashSet<>();
        for (TargetSpec t : base.targets()) known.add(t.id());
        if (known.isEmpty()) throw new BadInputException("error.optimise.noTargets", scenario);
        for (String t : targets) {
            if (!known.contains(t)) throw new BadInputException("error.optimise.unknownTarget", t, String.join(", ", known));
        }
        // Points and replications are capped by --max-replications; without --replications, start from the scenario's.
        int first = Math.max(2, base.replications());
        int cap = Math.max(first, run.maxReplications);
        int threads = run.threads == null ? Runtime.getRuntime().availableProcessors() : run.threads;
        Estimate.refuseIfTooBig(List.of(new Variant("base", "", base, java.util.Map.of())), cap, threads,
                Runtime.getRuntime().maxMemory());
        double tolerance = step != null ? step : (hi - lo) / 64;
        var specification = new Optimiser.Spec(scenario, scenarioOptions.overrides, path, lo, hi, !maximise,
                Set.copyOf(targets), step != null, tolerance, first, cap, threads);
        try (Execution execution = Execution.start(spec)) {
            // Claimed before the search, like every results folder: a folder in use is refused at once.
            execution.claim(run, base.name() + "-optimise");
            Optimiser.Result found;
            long t0 = System.nanoTime();
            String task = Messages.of("cli").get("progress.optimise", base.name(), path);
            try (Progress progress = Progress.start(task, (long) (Optimiser.GRID + 6) * first * Experiment.PROGRESS_STEPS)) {
                execution.simulating();
                found = Optimiser.search(specification, execution.listener(progress));
            } catch (InterruptedException e) {
                throw execution.nothingWritten();
            }
            double searchSeconds = (System.nanoTime() - t0) / 1e9;
            return write(execution, base, path, lo, hi, known, found, searchSeconds, first);
        }
    }

    /** The results folder: every value tried, as a sweep, each with as many replications as the most any needed. */
    private int write(Execution execution, Scenario base, String path, double lo, double hi, Set<String> known,
                      Optimiser.Result found, double searchSeconds, int first) throws Exception {
        List<Variant> variants = found.tried().stream().map(Optimiser.Point::variant).toList();
        List<SweepPoint> points = found.tried().stream().map(p -> new SweepPoint(p.variant().id(), p.value(), "")).toList();
        int reps = found.tried().stream().mapToInt(Optimiser.Point::replications).max().orElse(first);
        List<String> chosen = targets.isEmpty() ? List.copyOf(known) : targets;
        List<Sweep.Target> lines = base.targets().stream().filter(t -> chosen.contains(t.id()) && t.scope().equals("network"))
                .map(t -> new Sweep.Target(t.id(), t.metric(), t.op().symbol, t.value())).toList();
        Optimiser.Point at = found.found() == null ? null
                : found.tried().stream().filter(p -> p.value() == found.found()).findFirst().orElse(null);
        Sweep.Optimum optimum = new Sweep.Optimum(!maximise, lo, hi, found.found() == null ? Double.NaN : found.found(),
                at == null ? 0 : at.replications(), chosen, found.notMonotone(), searchSeconds);
        Study.Result result = execution.run(variants, new Sweep(path, points, lines, optimum), run, "optimise", reps,
                found.done());
        var out = spec.commandLine().getOut();
        for (String line : OptimumText.lines(optimum, LeverNames.name(path, Messages.current()), Messages.current())) out.println(line);
        out.println();
        Headline.printComparison(out, variants, result);
        return execution.finish(out, result.folder(), result.completed(), result.requested());
    }
}

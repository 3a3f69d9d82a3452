package org.tiercare.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.experiment.Experiment;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Comparison;
import org.tiercare.report.MetricRow;
import org.tiercare.report.Summary;
import org.tiercare.scenario.Scenario;

/**
 * The entry point of the Java API.
 *
 * <pre>{@code
 * Scenario demo = Tiercare.scenario(Path.of("scenarios/demo-district.yaml"), "horizon=90d");
 * Scenario third = Tiercare.scenario(Path.of("scenarios/demo-district.yaml"), "horizon=90d",
 *         "policy.reserved_slot_share=1/3");
 * var variants = new LinkedHashMap<String, Scenario>();                // ordered: the first is the baseline
 * variants.put("base", demo);
 * variants.put("third", third);
 * Results r = Tiercare.compare(variants, 5);
 * r.mean("third", "network", "all", "wait_referral_mean_h");      // hours
 * r.comparison();                                                  // paired differences against "base"
 * }</pre>
 *
 * Scenarios are the immutable records the loader builds ({@link Scenario}); every number in the results is in the
 * metric's CSV unit (shares as fractions, times in hours; {@code tiercare metrics} lists them). Replication r of
 * every variant draws from the streams of (seed, r), so variants are compared under common random numbers, and the
 * same scenario, seed and replications give the same numbers on any number of threads.
 */
public final class Tiercare {
    private Tiercare() {}

    /**
     * Loads a scenario file with {@code path=value} overrides, as {@code --set} takes them.
     *
     * @throws ScenarioException with every problem, each located {@code file:line:column}
     */
    public static Scenario scenario(Path file, String... overrides) throws ScenarioException {
        return ScenarioLoader.load(file, List.of(overrides));
    }

    /** Replications 1 … {@code replications} of one scenario (variant {@code base}) on all cores. */
    public static Results run(Scenario scenario, int replications) throws InterruptedException {
        return compare(Map.of("base", scenario), replications);
    }

    /**
     * Several variants, the first (in the map's order: a {@link LinkedHashMap} or a sorted map) the baseline of
     * {@link Results#comparison()}; on all cores.
     */
    public static Results compare(Map<String, Scenario> variants, int replications) throws InterruptedException {
        return compare(variants, replications, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #compare(Map, int)} on {@code threads} threads. */
    public static Results compare(Map<String, Scenario> variants, int replications, int threads) throws InterruptedException {
        if (variants.isEmpty()) throw new IllegalArgumentException("no scenario to run");
        if (variants.size() > 1 && !(variants instanceof LinkedHashMap || variants instanceof java.util.SortedMap)) {
            throw new IllegalArgumentException("pass the variants in a LinkedHashMap: the first is the baseline");
        }
        if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        List<MetricRow> rows = new ArrayList<>();
        for (Map.Entry<String, Scenario> v : new LinkedHashMap<>(variants).entrySet()) {
            Experiment.Outcome o = Experiment.run(v.getValue(), v.getKey(), 1, replications, threads, null);
            if (o.completed() < replications) throw new InterruptedException("interrupted after " + o.completed() + " replications");
            rows.addAll(o.rows());
        }
        String baseline = variants.keySet().iterator().next();
        return new Results(rows, Summary.of(rows), variants.size() > 1 ? Comparison.paired(rows, baseline) : List.of());
    }
}

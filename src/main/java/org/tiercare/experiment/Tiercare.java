package org.tiercare.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;
import org.tiercare.report.Summary;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.Scenario;

/**
 * The Java entry point: load a scenario, override values as {@code --set} does, run replications, read the results
 * as records — from a program, a notebook or {@code jshell}, without the command line or a results folder.
 *
 * <pre>{@code
 * Tiercare.Results r = Tiercare.scenario(Path.of("scenarios/demo-district.yaml"))
 *         .set("horizon", "60 d")
 *         .set("policy.reserved_slot_share", "1/3")
 *         .run(5);
 * double visits = r.mean("network", "all", "visits");     // mean over the 5 replications
 * List<SummaryRow> summary = r.summary();                   // the rows of summary.csv
 * List<MetricRow> rows = r.rows();                          // the rows of replications.csv
 * r.writeTo(Path.of("results/api-run"));                    // the usual results folder, if wanted
 * var base = Tiercare.scenario(Path.of("scenarios/demo-district.yaml")).set("horizon", "60 d").run(5);
 * r.against(base);                                          // paired differences: the rows of compare.csv
 * }</pre>
 *
 * A {@link Run} is immutable: {@link Run#set} returns a new one, so one base can fan out into variants. Results are
 * those of {@code tiercare run} with the same scenario, overrides and replications, the same numbers at any thread
 * count. A scenario's mistakes come as a {@link ScenarioException} listing every problem with file:line:column.
 */
public final class Tiercare {
    private Tiercare() {}

    /** A scenario file, as written (its own seed and replications unless overridden). */
    public static Run scenario(Path file) {
        return new Run(file, List.of(), Runtime.getRuntime().availableProcessors());
    }

    /** A scenario with overrides, run on some threads: what {@code tiercare run FILE --set PATH=VALUE…} runs. */
    public static final class Run {
        private final Path file;
        private final List<String> overrides;
        private final int threads;

        private Run(Path file, List<String> overrides, int threads) {
            this.file = file;
            this.overrides = List.copyOf(overrides);
            this.threads = threads;
        }

        /** The same with {@code path=value} overridden, e.g. {@code set("facilities.H1.outpatient.doctors", "12")}. */
        public Run set(String path, String value) {
            List<String> more = new ArrayList<>(overrides);
            more.add(path + "=" + value);
            return new Run(file, more, threads);
        }

        /** The same with another seed. */
        public Run seed(long seed) { return set("seed", Long.toString(seed)); }

        /** The same run on {@code threads} threads (at least 1); results do not depend on it. */
        public Run threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            return new Run(file, overrides, threads);
        }

        /** The overrides so far, as {@code path=value}. */
        public List<String> overrides() { return overrides; }

        /** The scenario with the overrides applied: checked and bound, ready to run. */
        public Scenario load() throws ScenarioException {
            return ScenarioLoader.load(file, overrides);
        }

        /** Runs the scenario's own number of replications. */
        public Results run() throws ScenarioException, InterruptedException {
            Scenario s = load();
            return run(s, s.replications());
        }

        /** Runs replications 1 … {@code replications}. */
        public Results run(int replications) throws ScenarioException, InterruptedException {
            if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, got " + replications);
            return run(set("replications", Integer.toString(replications)).load(), replications);
        }

        private Results run(Scenario s, int replications) throws InterruptedException {
            Experiment.Outcome o = Experiment.run(s, Study.BASE_VARIANT, replications, threads, null);
            if (o.completed() < replications) throw new InterruptedException("interrupted after " + o.completed() + " replications");
            return new Results(s, o, threads);
        }
    }

    /** What a run gave: the indicators of every replication and their summary. */
    public static final class Results {
        private final Scenario scenario;
        private final Experiment.Outcome outcome;
        private final List<SummaryRow> summary;
        private final int threads;

        private Results(Scenario scenario, Experiment.Outcome outcome, int threads) {
            this.scenario = scenario;
            this.outcome = outcome;
            this.summary = Summary.of(outcome.rows());
            this.threads = threads;
        }

        /** The scenario that ran (overrides applied). */
        public Scenario scenario() { return scenario; }

        /** Every indicator of every replication: the rows of {@code replications.csv}, variant {@code base}. */
        public List<MetricRow> rows() { return outcome.rows(); }

        /** Mean and 95 % interval over the replications: the rows of {@code summary.csv}. */
        public List<SummaryRow> summary() { return summary; }

        /** One summary row, e.g. {@code ("network", "all", "wait_consult_mean_h")}, {@code ("facility", "H1", …)}. */
        public Optional<SummaryRow> find(String scope, String scopeId, String metric) {
            return summary.stream().filter(r -> r.scope().equals(scope) && r.scopeId().equals(scopeId)
                    && r.metric().equals(metric)).findFirst();
        }

        /** The mean of one indicator over the replications; NaN when the run has no such row. */
        public double mean(String scope, String scopeId, String metric) {
            return find(scope, scopeId, metric).map(SummaryRow::mean).orElse(Double.NaN);
        }

        /**
         * Paired differences of this run against {@code baseline} (this − baseline per replication, mean and 95 %
         * interval): the rows of {@code compare.csv}, variant {@code variant} against {@code baseline}. Both runs must
         * share the seed, so that replication r of each drew from the same streams (common random numbers).
         */
        public List<org.tiercare.report.ComparisonRow> against(Results baseline) {
            if (scenario.seed() != baseline.scenario.seed()) {
                throw new IllegalArgumentException("runs with different seeds share no random numbers to pair");
            }
            List<MetricRow> both = new ArrayList<>();
            for (MetricRow r : baseline.rows()) both.add(relabel(r, "baseline"));
            for (MetricRow r : rows()) both.add(relabel(r, "variant"));
            return org.tiercare.report.Comparison.paired(both, "baseline");
        }

        private static MetricRow relabel(MetricRow r, String variant) {
            return new MetricRow(variant, r.replication(), r.scope(), r.scopeId(), r.metric(), r.value());
        }

        /**
         * Writes the usual results folder (summary.csv, replications.csv, charts, report.html, manifest.json…) into
         * {@code folder}, which must not exist yet, reusing these replications (nothing is simulated again).
         */
        public Path writeTo(Path folder) throws IOException, InterruptedException {
            Variant v = new Variant(Study.BASE_VARIANT, "as written", scenario, java.util.Map.of());
            Study.Options options = new Study.Options(outcome.completed(), threads, folder, false, "java api");
            return Study.run(List.of(v), null, options, org.tiercare.report.ResultsFolder.open(folder, false), null,
                    java.util.Map.of(v.id(), outcome)).folder();
        }
    }
}

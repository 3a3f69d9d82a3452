package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiercare.experiment.Study;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioLoader;

/**
 * Runs a scenario the way a user does (YAML file → replications → results folder) and reads the
 * written summary.csv, replications.csv and occupancy.csv back, so validation tests check the files users get.
 */
final class ScenarioRun {
    final List<Map<String, String>> summary;
    final List<Map<String, String>> replications;
    /** Empty when the scenario has no beds (no occupancy.csv). */
    final List<Map<String, String>> occupancy;

    private ScenarioRun(Path folder) throws IOException {
        summary = read(folder.resolve("summary.csv"));
        replications = read(folder.resolve("replications.csv"));
        Path occ = folder.resolve("occupancy.csv");
        occupancy = java.nio.file.Files.exists(occ) ? read(occ) : List.of();
    }

    static ScenarioRun of(String scenarioFile, Path tmp, String... overrides) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of(scenarioFile), List.of(overrides));
        Path out = tmp.resolve("results-" + System.nanoTime());
        Study.Result r = Study.run(s, new Study.Options(s.replications(), 2, out, false, "test"), null);
        return new ScenarioRun(r.folder());
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return new ArrayList<>(it.readAll());
        }
    }

    /** The summary row (mean, ci95_low, ci95_high) of one metric. */
    Estimate estimate(String scope, String scopeId, String metric) {
        for (Map<String, String> row : summary) {
            if (row.get("scope").equals(scope) && row.get("scope_id").equals(scopeId) && row.get("metric").equals(metric)) {
                return new Estimate(metric, Double.parseDouble(row.get("mean")), Double.parseDouble(row.get("ci95_low")),
                        Double.parseDouble(row.get("ci95_high")), Integer.parseInt(row.get("replications")));
            }
        }
        fail("no summary row for " + scope + "/" + scopeId + "/" + metric);
        return null;
    }

    /** Per-replication values of one metric, in replication order. */
    double[] values(String scope, String scopeId, String metric) {
        return replications.stream()
                .filter(r -> r.get("scope").equals(scope) && r.get("scope_id").equals(scopeId) && r.get("metric").equals(metric))
                .mapToDouble(r -> Double.parseDouble(r.get("value"))).toArray();
    }

    /**
     * A column of occupancy.csv for one ward and one number of beds in use, over the replications, as an
     * estimate with its 95 % Student-t interval (the same interval summary.csv gives a metric).
     */
    Estimate occupancy(String facility, int bedsInUse, String column) {
        List<Double> values = occupancy.stream()
                .filter(r -> r.get("facility").equals(facility) && Integer.parseInt(r.get("beds_in_use")) == bedsInUse)
                .map(r -> Double.parseDouble(r.get(column))).toList();
        if (values.isEmpty()) fail("no occupancy.csv rows for " + facility + " with " + bedsInUse + " beds in use");
        var ci = org.tiercare.stats.StudentInterval.of(values);
        return new Estimate(column + "[" + facility + ", n = " + bedsInUse + "]", ci.mean(), ci.low(), ci.high(), ci.n());
    }

    record Estimate(String metric, double mean, double low, double high, int replications) {
        double halfWidth() { return (high - low) / 2; }

        /**
         * The interval is tight (95 % half-width under {@code maxRelativeHalfWidth} of the value) and the
         * analytic value lies within the tolerance derived from it: the 99.9 % Student-t interval of the same
         * replications. The suite makes a few dozen such checks; at 95 % each, about one in twenty would
         * fail by chance alone, while a model error of a few per cent still lands many half-widths away.
         */
        void assertContains(double theory, double maxRelativeHalfWidth) {
            assertTrue(halfWidth() <= maxRelativeHalfWidth * Math.abs(theory),
                    () -> metric + ": interval too wide to test anything: " + this + " vs theory " + theory);
            var t = new org.apache.commons.math3.distribution.TDistribution(replications - 1);
            double widen = t.inverseCumulativeProbability(0.9995) / t.inverseCumulativeProbability(0.975);
            double tolerance = widen * halfWidth();
            assertTrue(Math.abs(mean - theory) <= tolerance,
                    () -> String.format(java.util.Locale.ROOT,
                            "%s: theory %.5g outside the simulation's interval: mean %.5g, 95%% CI [%.5g, %.5g], "
                                    + "99.9%% tolerance +-%.3g", metric, theory, mean, low, high, tolerance));
        }
    }
}

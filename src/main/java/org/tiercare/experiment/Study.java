package org.tiercare.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.tiercare.report.CsvOutput;
import org.tiercare.report.Manifest;
import org.tiercare.report.ResultsFolder;
import org.tiercare.report.Summary;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.Scenario;

/**
 * One scenario run as a user asks for it: replications, then a complete results folder
 * (summary.csv, replications.csv, manifest.json) moved into place only when everything is written.
 */
public final class Study {
    public static final String BASE_VARIANT = "base";

    public record Options(int replications, int threads, Path out, boolean force, String commandLine) {}

    public record Result(Path folder, List<SummaryRow> summary, int completed, int requested, double wallSeconds,
                         long events) {
        public boolean partial() { return completed < requested; }
    }

    private Study() {}

    public static Result run(Scenario scenario, Options options, Experiment.Progress progress)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (ResultsFolder folder = ResultsFolder.open(options.out(), options.force())) {
            Experiment.Outcome outcome;
            boolean interrupted = false;
            try {
                outcome = Experiment.run(scenario, BASE_VARIANT, options.replications(), options.threads(), progress);
            } catch (InterruptedException e) {
                interrupted = true;
                outcome = new Experiment.Outcome(List.of(), 0, 0, null);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (outcome.completed() == 0) {
                folder.abort();
                if (interrupted) throw new InterruptedException("interrupted before any replication finished");
                throw new IllegalStateException("no replication completed");
            }
            List<SummaryRow> summary = Summary.of(outcome.rows());
            CsvOutput.writeSummary(folder.path().resolve("summary.csv"), summary);
            CsvOutput.writeReplications(folder.path().resolve("replications.csv"), outcome.rows());
            Manifest.of(scenario.name(), scenario.file(), scenario.sha256(), scenario.overrides(), scenario.seed(),
                    options.replications(), outcome.completed(), options.threads(), List.of(BASE_VARIANT),
                    options.commandLine(), started, wall, outcome.completed() < options.replications())
                    .writeTo(folder.path());
            folder.commit();
            return new Result(folder.target(), summary, outcome.completed(), options.replications(), wall,
                    outcome.events());
        }
    }
}

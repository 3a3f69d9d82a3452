package org.tiercare.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that runs replications. */
final class RunOptions {
    @Option(names = "--replications", paramLabel = "N", description = "Independent replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Base random seed (default: the scenario's).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario>-<time>).")
    Path out;

    @Option(names = "--force", description = "Replace an existing results folder written by tiercare.")
    boolean force;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    /** --seed and --replications are overrides like any other, so the manifest records them the same way. */
    void addOverrides(ScenarioOptions scenario) {
        if (seed != null) scenario.overrides.add("seed=" + seed);
        if (replications != null) {
            if (replications < 1) throw new BadInputException("--replications must be at least 1, got " + replications);
            scenario.overrides.add("replications=" + replications);
        }
    }
}

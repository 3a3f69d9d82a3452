package org.tiercare.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of every command that runs replications (descriptions: the cli bundle, keyed by option name). */
final class RunOptions {
    @Option(names = "--replications", paramLabel = "N")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--threads", paramLabel = "T")
    Integer threads;

    @Option(names = "--precision", paramLabel = "REL")
    Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "50")
    int maxReplications;

    @Option(names = "--rules", split = ",", paramLabel = "NAME")
    java.util.List<String> rules = new java.util.ArrayList<>();

    /** --seed and --replications are overrides like any other, so the manifest records them the same way. */
    void addOverrides(ScenarioOptions scenario) {
        if (seed != null) scenario.overrides.add("seed=" + seed);
        if (replications != null) {
            if (replications < 1) throw new BadInputException("error.atLeastOne", "--replications", replications);
            scenario.overrides.add("replications=" + replications);
        }
    }
}

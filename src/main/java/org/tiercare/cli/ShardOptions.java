package org.tiercare.cli;

import org.tiercare.experiment.Shard;
import picocli.CommandLine.Option;

/** {@code --shard I/N} of run, compare and sweep (descriptions: the cli bundle). */
final class ShardOptions {
    @Option(names = "--shard", paramLabel = "I/N")
    String shard;

    /** The shard asked for, or null; a malformed one is refused (exit 2). */
    Shard parse() {
        if (shard == null) return null;
        var m = java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*").matcher(shard);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
            if (n >= 1 && i >= 1 && i <= n) return new Shard(i, n);
        }
        throw new BadInputException("error.shard", shard);
    }
}

package org.tiercare.cli;

import java.util.concurrent.Callable;
import org.tiercare.bench.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Usage help: the {@code tiercare.bench.*} keys of the cli bundle. The benchmark's table is for developers, in English. */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKLOAD", arity = "0..1", defaultValue = "all", descriptionKey = "workload")
    String workload;

    @Option(names = "--patients", paramLabel = "N", defaultValue = "10000000")
    long patients;

    @Override
    public Integer call() {
        EngineBenchmark.main(new String[] {workload, Long.toString(patients)});
        return Main.OK;
    }
}

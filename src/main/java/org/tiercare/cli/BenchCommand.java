package org.tiercare.cli;

import java.util.concurrent.Callable;
import org.tiercare.bench.EngineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the engine on named workloads (mmc: M/M/10 at rho = 0.9; mmc-priority: two classes); "
                + "prints events/s, wall time and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKLOAD", arity = "0..1", defaultValue = "all", description = "mmc, mmc-priority or all (default).")
    String workload;

    @Option(names = "--patients", paramLabel = "N", defaultValue = "10000000", description = "Patients per workload (default: ${DEFAULT-VALUE}).")
    long patients;

    @Override
    public Integer call() {
        EngineBenchmark.main(new String[] {workload, Long.toString(patients)});
        return Main.OK;
    }
}

package org.tiercare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiercare.bench.CityBenchmark;
import org.tiercare.bench.EngineBenchmark;
import org.tiercare.loader.ScenarioLoader;
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

    @Option(names = "--residents", paramLabel = "N,…", split = ",", defaultValue = "10M")
    List<String> residents = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!workload.equals("city")) {
            EngineBenchmark.main(new String[] {workload, Long.toString(patients)});
            return Main.OK;
        }
        List<Double> sizes = new ArrayList<>();
        for (String r : residents) sizes.add(count(r));
        Path demo = DemoScenario.locate(Path.of(""), null).file();
        CityBenchmark.print(ScenarioLoader.load(demo), sizes);
        return Main.OK;
    }

    /** {@code 10M}, {@code 1.5M}, {@code 500k} or a plain number. */
    private static double count(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double f = t.endsWith("m") ? 1e6 : t.endsWith("k") ? 1e3 : 1;
        try {
            double v = Double.parseDouble(f == 1 ? t : t.substring(0, t.length() - 1)) * f;
            if (!(v > 0) || v > 1e9) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException("error.residents", text);
        }
    }
}

package org.tiercare.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.experiment.Variants;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Sweep;
import org.tiercare.report.SweepPoint;

/**
 * How run, compare and sweep turn their arguments into variants, kept as data: a shard stores it, so that
 * {@code tiercare merge} rebuilds exactly the variants the shards ran (and their sweep) by the same code.
 *
 * @param kind      {@code run}, {@code compare} or {@code sweep}
 * @param scenarios absolute paths of the scenario files
 * @param overrides every {@code --set}, with {@code --seed} and {@code --replications} as overrides
 * @param vary      the sweep's {@code --vary}
 * @param only      compare's {@code --variants}
 */
record StudyRecipe(String kind, List<String> scenarios, List<String> overrides, List<String> vary, List<String> only,
                   boolean independent, List<String> rules) {
    StudyRecipe {
        scenarios = List.copyOf(scenarios);
        overrides = List.copyOf(overrides);
        vary = vary == null ? List.of() : List.copyOf(vary);
        only = only == null ? List.of() : List.copyOf(only);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    static StudyRecipe of(String kind, List<Path> files, ScenarioOptions s, RunOptions run, List<String> vary,
                          List<String> only, boolean independent) {
        return new StudyRecipe(kind, files.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
                s.overrides, vary, only, independent, run.rules);
    }

    /** The progress and folder name suffix of {@link Execution#run}: empty for a run. */
    String suffix() { return kind.equals("run") ? "" : kind; }

    /** The variants, the baseline first (a run has one, {@code base}). */
    List<Variant> variants() throws ScenarioException {
        List<Path> files = scenarios.stream().map(Path::of).toList();
        for (Path p : files) {
            if (!java.nio.file.Files.isRegularFile(p)) throw new BadInputException("error.scenarioNotFound", p);
        }
        switch (kind) {
            case "run" -> {
                var s = ScenarioLoader.load(files.get(0), overrides);
                return List.of(new Variant(Study.BASE_VARIANT, "as written", s, Map.of()));
            }
            case "sweep" -> {
                ScenarioLoader.load(files.get(0), overrides); // the base must be valid before any point is built
                return Variants.sweep(files.get(0), overrides, vary);
            }
            default -> {
                List<Variant> variants = files.size() == 1 ? Variants.declared(files.get(0), overrides, independent)
                        : Variants.files(files, overrides, independent);
                if (only.isEmpty()) return variants;
                List<String> known = variants.stream().map(Variant::id).toList();
                for (String id : only) {
                    if (!known.contains(id)) {
                        throw new BadInputException("error.noVariant", id, Headline.list(known.subList(1, known.size())));
                    }
                }
                return java.util.stream.Stream.concat(variants.stream().limit(1),
                        variants.stream().skip(1).filter(v -> only.contains(v.id()))).toList();
            }
        }
    }

    /** A sweep's lever and points (the first lever is the x axis; any others make one line per combination), else null. */
    Sweep sweep(List<Variant> variants) {
        if (!kind.equals("sweep")) return null;
        String lever = variants.get(0).levers().keySet().iterator().next();
        List<SweepPoint> points = new ArrayList<>();
        for (Variant v : variants) {
            String series = v.levers().entrySet().stream().skip(1)
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "=" + e.getValue())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            points.add(new SweepPoint(v.id(), v.levers().get(lever), series));
        }
        return new Sweep(lever, points);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("scenarios", scenarios);
        m.put("overrides", overrides);
        m.put("vary", vary);
        m.put("only", only);
        m.put("independent", independent);
        m.put("rules", rules);
        return m;
    }

    @SuppressWarnings("unchecked")
    static StudyRecipe fromMap(Map<String, Object> m) {
        return new StudyRecipe((String) m.get("kind"), (List<String>) m.get("scenarios"), (List<String>) m.get("overrides"),
                (List<String>) m.get("vary"), (List<String>) m.get("only"), Boolean.TRUE.equals(m.get("independent")),
                (List<String>) m.get("rules"));
    }
}

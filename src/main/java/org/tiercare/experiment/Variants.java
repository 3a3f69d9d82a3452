package org.tiercare.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioException;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.scenario.VariantSpec;
import org.tiercare.text.Messages;

/**
 * Builds the arms of a comparison or sweep. Every arm is loaded from the file with its overrides,
 * so it is validated like any scenario, and keeps the base seed, so arms share random numbers
 * (common random numbers) unless independent streams are asked for.
 */
public final class Variants {
    private Variants() {}

    /**
     * The base scenario, each variant it declares, and each layout no variant covers. With
     * {@code independentStreams}, every arm gets its own seed (only to measure what CRN buys).
     */
    public static List<Variant> declared(Path file, List<String> overrides, boolean independentStreams)
            throws ScenarioException {
        Scenario base = ScenarioLoader.load(file, overrides);
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(Study.BASE_VARIANT, "as written" + (base.layout() == null ? "" : " (layout " + base.layout() + ")"),
                base, Map.of()));
        List<String> coveredLayouts = new ArrayList<>();
        if (base.layout() != null) coveredLayouts.add(base.layout());
        for (VariantSpec v : base.variants()) {
            for (String o : v.overrides()) {
                // Overrides carry YAML scalars, so a layout id may come quoted.
                if (o.startsWith("layout=")) coveredLayouts.add(o.substring(7).trim().replaceAll("^[\"']|[\"']$", ""));
            }
            out.add(new Variant(v.id(), v.description(), load(file, overrides, v.overrides(), v.id(), independentStreams, base), Map.of()));
        }
        for (LayoutSpec l : base.layouts()) {
            if (coveredLayouts.contains(l.id())) continue;
            out.add(new Variant("layout-" + l.id(), l.description(),
                    load(file, overrides, List.of("layout=" + l.id()), l.id(), independentStreams, base), Map.of()));
        }
        return out;
    }

    /** One arm per scenario file; the first is the baseline. */
    public static List<Variant> files(List<Path> files, List<String> overrides, boolean independentStreams)
            throws ScenarioException {
        List<Variant> out = new ArrayList<>();
        List<ScenarioException> problems = new ArrayList<>();
        Scenario first = null;
        for (Path f : files) {
            try {
                Scenario s = ScenarioLoader.load(f, overrides);
                if (first == null) first = s;
                else if (!independentStreams) s = ScenarioLoader.load(f, concat(overrides, List.of("seed=" + first.seed())));
                else s = ScenarioLoader.load(f, concat(overrides, List.of("seed=" + derivedSeed(first.seed(), f.toString()))));
                String id = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                out.add(new Variant(id, s.name(), s, Map.of()));
            } catch (ScenarioException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            List<org.tiercare.loader.Problem> all = new ArrayList<>();
            problems.forEach(e -> all.addAll(e.problems()));
            throw new ScenarioException(all);
        }
        return out;
    }

    /**
     * The full factorial of the {@code path=v1,v2,…} lever lists; the first point is the baseline
     * of the comparison.
     */
    public static List<Variant> sweep(Path file, List<String> overrides, List<String> vary) throws ScenarioException {
        Map<String, List<Double>> levers = new LinkedHashMap<>();
        List<org.tiercare.loader.Problem> bad = new ArrayList<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                bad.add(new org.tiercare.loader.Problem("--vary", 0, 0, Messages.of("loader").get("vary.syntax", v)));
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (String x : v.substring(eq + 1).split(",")) {
                try {
                    values.add(parseNumber(x.trim()));
                } catch (NumberFormatException e) {
                    bad.add(new org.tiercare.loader.Problem("--vary", 0, 0, Messages.of("loader").get("vary.notNumber", v, x.trim())));
                }
            }
            levers.put(v.substring(0, eq).trim(), values);
        }
        if (!bad.isEmpty()) throw new ScenarioException(bad);
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Double>> lever : levers.entrySet()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : points) {
                for (double value : lever.getValue()) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(lever.getKey(), value);
                    next.add(q);
                }
            }
            points = next;
        }
        List<Variant> out = new ArrayList<>();
        for (Map<String, Double> p : points) {
            List<String> sets = new ArrayList<>();
            List<String> label = new ArrayList<>();
            p.forEach((path, value) -> {
                sets.add(path + "=" + format(value));
                label.add(path.substring(path.lastIndexOf('.') + 1) + "=" + format(value));
            });
            Scenario s = ScenarioLoader.load(file, concat(overrides, sets));
            out.add(new Variant(String.join(";", label), String.join(", ", sets), s, Map.copyOf(p)));
        }
        return out;
    }

    /** One point of a single lever: the scenario with {@code lever=value}, named as a sweep names it. */
    public static Variant point(Path file, List<String> overrides, String lever, double value) throws ScenarioException {
        String set = lever + "=" + format(value);
        Scenario s = ScenarioLoader.load(file, concat(overrides, List.of(set)));
        return new Variant(lever.substring(lever.lastIndexOf('.') + 1) + "=" + format(value), set, s, Map.of(lever, value));
    }

    private static Scenario load(Path file, List<String> base, List<String> extra, String id, boolean independent,
                                 Scenario baseScenario) throws ScenarioException {
        List<String> all = concat(base, extra);
        if (independent) all = concat(all, List.of("seed=" + derivedSeed(baseScenario.seed(), id)));
        return ScenarioLoader.load(file, all);
    }

    /** A seed unrelated to the base one, for the independent-streams measurement. */
    static long derivedSeed(long seed, String id) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (char c : id.toCharArray()) h = (h ^ c) * 0xBF58476D1CE4E5B9L;
        return h & 0x7FFFFFFFFFFFL;
    }

    /** A number or a fraction {@code a/b}, as {@code --vary} and {@code --lever} take them. */
    public static double parseNumber(String x) {
        int slash = x.indexOf('/');
        if (slash > 0) return Double.parseDouble(x.substring(0, slash)) / Double.parseDouble(x.substring(slash + 1));
        return Double.parseDouble(x);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }
}

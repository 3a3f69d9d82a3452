package org.tiercare.loader;

import java.util.List;
import java.util.Map;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;

/**
 * Binds a distribution: a bare duration means "always this long"; a map names the family in
 * {@code dist} and gives its parameters. Every duration parameter accepts units, and parameter
 * ranges are checked here so that commons-math never throws during a run.
 */
final class DistributionBinder {

    /** Parameters of each family, in the order messages list them. */
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "exponential", List.of("mean"),
            "deterministic", List.of("value"),
            "uniform", List.of("min", "max"),
            "triangular", List.of("min", "mode", "max"),
            "normal", List.of("mean", "sd"),
            "lognormal", List.of("mean", "sd"),
            "gamma", List.of("shape", "scale", "mean", "sd"),
            "weibull", List.of("shape", "scale"),
            "empirical", List.of("values", "weights"),
            "mixture", List.of("weights", "components"));
    private static final List<String> FAMILY_NAMES = List.of("exponential", "deterministic", "uniform", "triangular", "normal",
            "lognormal", "gamma", "weibull", "empirical", "mixture");

    /** Components of a mixture: real mixtures have two to a handful; more is a table, an empirical distribution. */
    static final int MAX_COMPONENTS = 20;

    /**
     * Weibull shape: fitted service and stay times have shapes of 0.5 to 5; below 0.05 a draw
     * ((-ln u)^(1/shape)) overflows to infinity, above 1000 it is a constant in all but name.
     */
    static final Range WEIBULL_SHAPE = new Range(0.05, false, 1000, false, true);
    /** Gamma shape: 1e6 is a deterministic duration in all but name. */
    static final Range GAMMA_SHAPE = Range.upTo(0, true, 1e6);
    /**
     * sd / mean of the moment forms (lognormal, gamma): real durations vary by a few times their mean;
     * beyond 1000 the derived log-scale or shape parameter degenerates (ln of an overflow, a shape of 0).
     */
    static final double MAX_SPREAD = 1000;

    private DistributionBinder() {}

    /** @return the distribution, or null when a problem was reported */
    static Distribution bind(Problems problems, YamlNode node, String path) {
        if (node instanceof Scalar s) {
            Double v = Fields.durationOf(problems, s, path);
            if (v == null) return null;
            if (v < 0) {
                problems.add(s.loc(), Text.at(path, Text.get("dist.negative", s.text())));
                return null;
            }
            return new Distribution.Deterministic(v);
        }
        if (!(node instanceof MapNode m)) {
            problems.add(node.loc(), Text.at(path, Text.get("dist.expected", node.describe())));
            return null;
        }
        YamlNode distNode = m.get("dist");
        String family = distNode instanceof Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : null;
        if (family == null || !FAMILIES.containsKey(family)) {
            String written = distNode instanceof Scalar s ? s.text() : "";
            String families = Text.join(FAMILY_NAMES), hint = Names.didYouMean(written, FAMILY_NAMES);
            problems.add(distNode == null ? m.loc() : distNode.loc(), distNode == null
                    ? Text.at(path, Text.get("key.missing", "dist", Text.get("expect.oneOf", families, hint)))
                    : Text.at(path + ".dist", Text.get("dist.unknown", distNode.describe(), families, hint)));
            return null;
        }
        List<String> params = FAMILIES.get(family);
        List<String> allowed = new java.util.ArrayList<>(List.of("dist"));
        allowed.addAll(params);
        Fields f = Fields.of(problems, m, path, allowed);
        int before = problems.size();
        Distribution d = switch (family) {
            case "exponential" -> {
                Double mean = f.duration("mean", true, 0, Range.POSITIVE);
                yield mean == null ? null : new Distribution.Exponential(mean);
            }
            case "deterministic" -> {
                Double v = f.duration("value", true, 0, Range.NON_NEGATIVE);
                yield v == null ? null : new Distribution.Deterministic(v);
            }
            case "uniform" -> uniform(f);
            case "triangular" -> triangular(f);
            case "normal", "lognormal" -> {
                Double mean = f.duration("mean", true, 0, Range.POSITIVE);
                Double sd = f.duration("sd", true, 0, Range.NON_NEGATIVE);
                if (mean == null || sd == null) yield null;
                if (family.equals("lognormal") && !spreadOk(f, mean, sd)) yield null;
                yield family.equals("normal") ? new Distribution.TruncatedNormal(mean, sd) : new Distribution.LogNormal(mean, sd);
            }
            case "gamma" -> gamma(f);
            case "weibull" -> {
                Double shape = f.number("shape", true, 0, Range.POSITIVE);
                if (shape != null) shape = WEIBULL_SHAPE.check(f.problems, f.locOf("shape"), f.at("shape"), text(f, "shape"), shape, Fields.Noun.NUMBER);
                Double scale = f.duration("scale", true, 0, Range.POSITIVE);
                yield shape == null || scale == null ? null : new Distribution.Weibull(shape, scale);
            }
            case "mixture" -> mixture(f);
            default -> empirical(f);
        };
        return problems.size() == before ? d : null;
    }

    /** Reports an sd more than {@link #MAX_SPREAD} times the mean (at sd); false then. */
    private static boolean spreadOk(Fields f, double mean, double sd) {
        if (sd <= MAX_SPREAD * mean) return true;
        f.problem("sd", Text.get("dist.spread", Units.format(sd), Units.format(mean), Units.trim(MAX_SPREAD)));
        return false;
    }

    private static String text(Fields f, String key) {
        return f.node(key) instanceof Scalar s ? s.text() : "";
    }

    private static Distribution uniform(Fields f) {
        Double min = f.duration("min", true, 0, Range.NON_NEGATIVE);
        Double max = f.duration("max", true, 0, Range.NON_NEGATIVE);
        if (min == null || max == null) return null;
        if (min > max) {
            f.problem("max", Text.get("dist.uniform.order", Units.format(max), Units.format(min)));
            return null;
        }
        return new Distribution.Uniform(min, max);
    }

    private static Distribution triangular(Fields f) {
        Double min = f.duration("min", true, 0, Range.NON_NEGATIVE);
        Double mode = f.duration("mode", true, 0, Range.NON_NEGATIVE);
        Double max = f.duration("max", true, 0, Range.NON_NEGATIVE);
        if (min == null || mode == null || max == null) return null;
        if (!(min <= mode && mode <= max && min < max)) {
            f.problem("mode", Text.get("dist.triangular.order", Units.format(min), Units.format(mode), Units.format(max)));
            return null;
        }
        return new Distribution.Triangular(min, mode, max);
    }

    /** Gamma by shape/scale (how it is fitted) or by mean/sd (how data are reported); not a mix. */
    private static Distribution gamma(Fields f) {
        boolean byShape = f.has("shape") || f.has("scale");
        boolean byMoments = f.has("mean") || f.has("sd");
        if (byShape && byMoments) {
            f.problem("mean", Text.get("dist.gamma.both"));
            return null;
        }
        if (byMoments) {
            Double mean = f.duration("mean", true, 0, Range.POSITIVE);
            Double sd = f.duration("sd", true, 0, Range.POSITIVE);
            if (mean == null || sd == null || !spreadOk(f, mean, sd)) return null;
            return new Distribution.Gamma(mean * mean / (sd * sd), sd * sd / mean);
        }
        Double shape = f.number("shape", true, 0, GAMMA_SHAPE);
        Double scale = f.duration("scale", true, 0, Range.POSITIVE);
        return shape == null || scale == null ? null : new Distribution.Gamma(shape, scale);
    }

    /** {@code weights} (≥ 0, not all 0) and as many {@code components}, each a distribution of its own. */
    private static Distribution mixture(Fields f) {
        ListNode weights = f.list("weights", true, Text.get("items.weights"));
        ListNode components = f.list("components", true, Text.get("items.components"));
        if (weights == null || components == null) return null;
        int n = components.items.size();
        if (n == 0 || n > MAX_COMPONENTS) {
            f.problem("components", Text.get("dist.mixture.count", n, MAX_COMPONENTS));
            return null;
        }
        if (weights.items.size() != n) {
            f.problem("weights", Text.get("dist.mixture.weights", weights.items.size(), n));
            return null;
        }
        double[] w = new double[n];
        List<Distribution> parts = new java.util.ArrayList<>();
        boolean ok = true;
        double total = 0;
        for (int i = 0; i < n; i++) {
            Double y = Fields.numberOf(f.problems, weights.items.get(i), f.at("weights") + "[" + i + "]", Range.NON_NEGATIVE);
            Distribution d = bind(f.problems, components.items.get(i), f.at("components") + "[" + i + "]");
            if (y == null || d == null) { ok = false; continue; }
            w[i] = y;
            total += y;
            parts.add(d);
        }
        if (ok && total <= 0) {
            f.problem("weights", Text.get("weights.allZero"));
            return null;
        }
        return ok ? new Distribution.Mixture(w, parts) : null;
    }

    private static Distribution empirical(Fields f) {
        ListNode values = f.list("values", true, Text.get("items.durations"));
        ListNode weights = f.list("weights", true, Text.get("items.weights"));
        if (values == null || weights == null) return null;
        if (values.items.isEmpty()) {
            f.problem("values", Text.get("dist.empirical.empty"));
            return null;
        }
        if (values.items.size() != weights.items.size()) {
            f.problem("weights", Text.get("dist.empirical.count", weights.items.size(), values.items.size()));
            return null;
        }
        int n = values.items.size();
        double[] v = new double[n], w = new double[n];
        boolean ok = true;
        double total = 0;
        for (int i = 0; i < n; i++) {
            String vp = f.at("values") + "[" + i + "]", wp = f.at("weights") + "[" + i + "]";
            Double x = Fields.durationOf(f.problems, values.items.get(i), vp);
            if (x != null && x < 0) {
                f.problems.add(values.items.get(i).loc(), Text.at(vp, Text.get("dist.valueNegative", values.items.get(i).describe(),
                        Fields.Range.NON_NEGATIVE.expected(Fields.Noun.DURATION))));
                x = null;
            }
            Double y = Fields.numberOf(f.problems, weights.items.get(i), wp, Range.NON_NEGATIVE);
            if (x == null || y == null) { ok = false; continue; }
            v[i] = x;
            w[i] = y;
            total += y;
        }
        if (ok && total <= 0) {
            f.problem("weights", Text.get("weights.allZero"));
            return null;
        }
        return ok ? new Distribution.Empirical(v, w) : null;
    }
}

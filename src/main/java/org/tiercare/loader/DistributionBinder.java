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
            "empirical", List.of("values", "weights"));
    private static final List<String> FAMILY_NAMES =
            List.of("exponential", "deterministic", "uniform", "triangular", "normal", "lognormal", "gamma", "weibull", "empirical");

    private DistributionBinder() {}

    /** @return the distribution, or null when a problem was reported */
    static Distribution bind(Problems problems, YamlNode node, String path) {
        if (node instanceof Scalar s) {
            Double v = Fields.durationOf(problems, s, path);
            if (v == null) return null;
            if (v < 0) {
                problems.add(s.loc(), path + ": " + s.text() + " is negative; expected a duration >= 0 or a map with 'dist:'");
                return null;
            }
            return new Distribution.Deterministic(v);
        }
        if (!(node instanceof MapNode m)) {
            problems.add(node.loc(), path + ": expected a duration (e.g. 15 min) or a map like {dist: exponential, mean: 12 min}; got "
                    + node.describe());
            return null;
        }
        YamlNode distNode = m.get("dist");
        String family = distNode instanceof Scalar s ? s.text().strip().toLowerCase(java.util.Locale.ROOT) : null;
        if (family == null || !FAMILIES.containsKey(family)) {
            String written = distNode instanceof Scalar s ? s.text() : "";
            problems.add(distNode == null ? m.loc() : distNode.loc(), path + (distNode == null
                    ? ": missing required key 'dist'" : ".dist: " + distNode.describe() + " is not a distribution")
                    + "; expected one of: " + String.join(", ", FAMILY_NAMES) + Names.didYouMean(written, FAMILY_NAMES));
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
                yield family.equals("normal") ? new Distribution.TruncatedNormal(mean, sd) : new Distribution.LogNormal(mean, sd);
            }
            case "gamma" -> gamma(f);
            case "weibull" -> {
                Double shape = f.number("shape", true, 0, Range.POSITIVE);
                Double scale = f.duration("scale", true, 0, Range.POSITIVE);
                yield shape == null || scale == null ? null : new Distribution.Weibull(shape, scale);
            }
            default -> empirical(f);
        };
        return problems.size() == before ? d : null;
    }

    private static Distribution uniform(Fields f) {
        Double min = f.duration("min", true, 0, Range.NON_NEGATIVE);
        Double max = f.duration("max", true, 0, Range.NON_NEGATIVE);
        if (min == null || max == null) return null;
        if (min > max) {
            f.problem("max", "max (" + Units.format(max) + ") is below min (" + Units.format(min) + "); expected min <= max");
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
            f.problem("mode", "min " + Units.format(min) + ", mode " + Units.format(mode) + ", max " + Units.format(max)
                    + " are out of order; expected min <= mode <= max with min < max");
            return null;
        }
        return new Distribution.Triangular(min, mode, max);
    }

    /** Gamma by shape/scale (how it is fitted) or by mean/sd (how data are reported); not a mix. */
    private static Distribution gamma(Fields f) {
        boolean byShape = f.has("shape") || f.has("scale");
        boolean byMoments = f.has("mean") || f.has("sd");
        if (byShape && byMoments) {
            f.problem("mean", "give either shape and scale, or mean and sd, not both");
            return null;
        }
        if (byMoments) {
            Double mean = f.duration("mean", true, 0, Range.POSITIVE);
            Double sd = f.duration("sd", true, 0, Range.POSITIVE);
            if (mean == null || sd == null) return null;
            return new Distribution.Gamma(mean * mean / (sd * sd), sd * sd / mean);
        }
        Double shape = f.number("shape", true, 0, Range.POSITIVE);
        Double scale = f.duration("scale", true, 0, Range.POSITIVE);
        return shape == null || scale == null ? null : new Distribution.Gamma(shape, scale);
    }

    private static Distribution empirical(Fields f) {
        ListNode values = f.list("values", true, "durations");
        ListNode weights = f.list("weights", true, "numbers >= 0");
        if (values == null || weights == null) return null;
        if (values.items.isEmpty()) {
            f.problem("values", "the list is empty; expected at least one duration");
            return null;
        }
        if (values.items.size() != weights.items.size()) {
            f.problem("weights", weights.items.size() + " weights for " + values.items.size()
                    + " values; expected one weight per value");
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
                f.problems.add(values.items.get(i).loc(), vp + ": " + values.items.get(i).describe() + " is negative; expected a duration >= 0");
                x = null;
            }
            Double y = Fields.numberOf(f.problems, weights.items.get(i), wp, Range.NON_NEGATIVE);
            if (x == null || y == null) { ok = false; continue; }
            v[i] = x;
            w[i] = y;
            total += y;
        }
        if (ok && total <= 0) {
            f.problem("weights", "all weights are 0; expected at least one weight > 0");
            return null;
        }
        return ok ? new Distribution.Empirical(v, w) : null;
    }
}

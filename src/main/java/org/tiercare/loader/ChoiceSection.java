package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.ChoiceSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.Tier;

/** {@code choice}: the multinomial-logit choice of first-contact facility. Tiers left out are never chosen. */
final class ChoiceSection {

    static final String KEY = "choice";
    static final List<String> KEYS = List.of("tier_constants", "travel_per_hour", "wait_per_hour", "wait_info_delay", "max_travel",
            "price_per_yuan");

    /**
     * Logit utilities and their per-hour weights: fitted values are a few units; beyond 1000 the
     * choice is a certainty anyway (e^1000 is no longer a number), so larger values are typos.
     */
    static final Range UTILITY = new Range(-1000, false, 1000, false, true);

    private ChoiceSection() {}

    /** @return the choice model, or null when absent or wrong */
    static ChoiceSpec bind(Fields top) {
        YamlNode node = top.node(KEY);
        if (node == null) return null;
        Fields f = Fields.of(top.problems, node, KEY, KEYS);
        if (!f.isMap()) return null;
        int before = f.problems.size();
        Map<Tier, Double> constants = constants(f);
        Double travel = f.number("travel_per_hour", false, -2, UTILITY);
        Double wait = f.number("wait_per_hour", false, 0, UTILITY);
        Double delay = f.duration("wait_info_delay", false, 7 * 24, Range.NON_NEGATIVE);
        Double max = f.duration("max_travel", false, 2, Range.POSITIVE);
        // Utility per yuan out of pocket: fitted values are around -0.001 to -0.01; the utility bound keeps typos out.
        Double price = f.number("price_per_yuan", false, 0, UTILITY);
        if (f.problems.size() != before) return null;
        return new ChoiceSpec(constants, travel, wait, delay, max, price);
    }

    private static Map<Tier, Double> constants(Fields f) {
        String expected = Text.get("expect.tierConstants");
        YamlNode n = f.node("tier_constants");
        if (n == null) {
            f.missing("tier_constants", expected);
            return null;
        }
        if (!(n instanceof MapNode m)) {
            f.problem("tier_constants", Text.get("got", expected, n.describe()));
            return null;
        }
        Map<Tier, Double> out = tierNumbers(f, m, true);
        boolean ok = out != null;
        if (ok && out.isEmpty()) {
            f.problem("tier_constants", Text.get("choice.noTiers"));
            return null;
        }
        return out;
    }

    /**
     * The utilities of a {@code tier_constants} map, by tier, each mistake at its place; null when any is wrong.
     * With {@code emptyIsNever}, a tier written without a value is left out (never chosen), as if not written.
     * Also read for a population group's adjustments ({@link GroupsSection}).
     */
    static Map<Tier, Double> tierNumbers(Fields f, MapNode m, boolean emptyIsNever) {
        List<String> tiers = new ArrayList<>();
        for (Tier t : Tier.values()) tiers.add(t.yamlName);
        Map<Tier, Double> out = new EnumMap<>(Tier.class);
        boolean ok = true;
        for (MapNode.Entry e : m.entries.values()) {
            int i = tiers.indexOf(e.key().strip().toLowerCase(Locale.ROOT));
            if (i < 0) {
                f.problems.add(e.keyLoc(), Text.at(f.at("tier_constants"), Text.get("choice.notTier", e.key(), Text.join(tiers),
                        Names.didYouMean(e.key(), tiers))));
                ok = false;
                continue;
            }
            if (emptyIsNever && e.value() instanceof Scalar s && s.isNull()) continue;
            Double v = Fields.numberOf(f.problems, e.value(), f.at("tier_constants") + "." + e.key(), UTILITY);
            if (v == null) ok = false; else out.put(Tier.values()[i], v);
        }
        return ok ? Collections.unmodifiableMap(out) : null;
    }
}

package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.DemandSpec;

/**
 * {@code demand}: care needs arising in zones. The hour, weekday and month profiles are relative
 * weights, normalised here to mean 1 so the yearly contact rate keeps its meaning.
 */
final class DemandSection {

    static final String KEY = "demand";
    static final List<String> KEYS = List.of("contacts_per_resident_year", "hour_of_day", "day_of_week", "month_of_year", "surges", "start");
    private static final List<String> SURGE_KEYS = List.of("start", "end", "multiplier", "zones");

    /**
     * New care needs per resident-year: China counts about 6.8 consults per resident-year, Japan about
     * 12; 100 (two a week for everyone) is beyond any population, and with at most 2e9 residents keeps
     * the needs per hour countable.
     */
    static final Range CONTACTS = Range.upTo(0, true, 100);
    /** Profile weights are relative (normalised to mean 1); 1e6 keeps their sum a finite number. */
    static final Range WEIGHT = Range.upTo(0, false, 1e6);
    /** A surge multiplies demand: epidemics have reached a few times normal; 100 is a typo. */
    static final Range MULTIPLIER = Range.upTo(0, false, 100);

    private DemandSection() {}

    /** @return the demand, or null when absent or wrong */
    static DemandSpec bind(Fields top, Ids ids) {
        YamlNode node = top.node(KEY);
        if (node == null) return null;
        Problems problems = top.problems;
        Fields f = Fields.of(problems, node, KEY, KEYS);
        if (!f.isMap()) return null;
        int before = problems.size();
        Double contacts = f.number("contacts_per_resident_year", true, 0, CONTACTS);
        double[] hour = profile(f, "hour_of_day", 24, "demand.profile.hour");
        double[] day = profile(f, "day_of_week", 7, "demand.profile.day");
        double[] month = profile(f, "month_of_year", 12, "demand.profile.month");
        DemandSpec.Start start = f.choice("start", "choice.demandStart", DemandSpec.Start.class, DemandSpec.Start.STEADY);
        List<DemandSpec.SurgeSpec> surges = new ArrayList<>();
        ListNode list = f.list("surges", false, Text.get("items.surges"));
        if (list != null) {
            for (int i = 0; i < list.items.size(); i++) {
                DemandSpec.SurgeSpec s = surge(Fields.of(problems, list.items.get(i), f.at("surges") + "[" + i + "]", SURGE_KEYS), ids);
                if (s != null) surges.add(s);
            }
        }
        if (problems.size() != before) return null;
        return new DemandSpec(contacts, hour, day, month, List.copyOf(surges), start);
    }

    /**
     * n relative weights >= 0, not all 0, scaled to mean 1; all 1 when absent.
     *
     * @param expectedKey the bundle key of the phrase saying what is expected (n numbers, in which order)
     */
    private static double[] profile(Fields f, String key, int n, String expectedKey) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        if (!f.has(key)) return w;
        String expected = Text.get(expectedKey, n);
        ListNode list = f.list(key, false, expected);
        if (list == null) return null;
        if (list.items.size() != n) {
            f.problem(key, Text.get("demand.profile.count", list.items.size(), expected));
            return null;
        }
        boolean ok = true;
        double total = 0;
        for (int i = 0; i < n; i++) {
            Double v = Fields.numberOf(f.problems, list.items.get(i), f.at(key) + "[" + i + "]", WEIGHT);
            if (v == null) { ok = false; continue; }
            w[i] = v;
            total += v;
        }
        if (!ok) return null;
        if (total <= 0) {
            f.problem(key, Text.get("weights.allZero"));
            return null;
        }
        for (int i = 0; i < n; i++) w[i] = w[i] * n / total;
        return w;
    }

    private static DemandSpec.SurgeSpec surge(Fields f, Ids ids) {
        if (!f.isMap()) return null;
        int before = f.problems.size();
        Double start = f.duration("start", true, 0, Range.NON_NEGATIVE);
        Double end = f.duration("end", true, 0, Range.POSITIVE);
        Double multiplier = f.number("multiplier", true, 0, MULTIPLIER);
        if (start != null && end != null && end <= start) {
            f.problem("end", Text.get("demand.surge.order", Units.format(end), Units.format(start)));
        }
        List<String> zones = new ArrayList<>();
        ListNode zl = f.list("zones", false, Text.get("items.zoneIds"));
        if (zl != null) {
            for (int i = 0; i < zl.items.size(); i++) {
                YamlNode n = zl.items.get(i);
                String where = f.at("zones") + "[" + i + "]";
                String z = LayoutsSection.item(f.problems, n, where, Text.get("items.zoneIds"));
                if (z != null && !ids.isZone(z)) {
                    f.problems.add(n.loc(), Text.at(where, Text.get("ref.notZone", z, Names.list(ids.zones()),
                            Names.didYouMean(z, ids.zones()))));
                } else if (z != null) {
                    zones.add(z);
                }
            }
        }
        if (f.problems.size() != before) return null;
        return new DemandSpec.SurgeSpec(start, end, multiplier, List.copyOf(zones));
    }
}

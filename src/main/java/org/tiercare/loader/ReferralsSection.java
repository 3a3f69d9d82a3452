package org.tiercare.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.Referral;

/**
 * {@code referrals}: a fixed table (from, to, probability) applied after each consult, the form a
 * Jackson network and an observed referral matrix take.
 */
final class ReferralsSection {

    static final String KEY = "referrals";
    private static final List<String> KEYS = List.of("from", "to", "probability");

    private ReferralsSection() {}

    static List<Referral> bind(Fields top, Ids ids) {
        ListNode list = top.list(KEY, false, Text.get("items.referrals"));
        List<Referral> out = new ArrayList<>();
        if (list == null) return out;
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Loc> firstRow = new HashMap<>();
        Map<String, String> seenPairs = new HashMap<>();
        int before = top.problems.size();
        for (int i = 0; i < list.items.size(); i++) {
            String path = KEY + "[" + i + "]";
            Fields f = Fields.of(top.problems, list.items.get(i), path, KEYS);
            if (!f.isMap()) continue;
            String from = consulting(f, ids, "from");
            String to = consulting(f, ids, "to");
            Double p = f.number("probability", true, 0, Range.PROBABILITY);
            if (from == null || to == null || p == null) continue;
            String pair = from + " → " + to;
            String earlier = seenPairs.putIfAbsent(pair, path);
            if (earlier != null) {
                f.problem("to", Text.get("referrals.twice", pair, earlier));
                continue;
            }
            sums.merge(from, p, Double::sum);
            firstRow.putIfAbsent(from, f.loc());
            out.add(new Referral(from, to, p));
        }
        // The remainder 1 - sum leaves the system, so rows from one facility cannot exceed 1.
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            if (e.getValue() > 1 + 1e-9) {
                top.problems.add(firstRow.get(e.getKey()), Text.at(KEY, Text.get("referrals.sum", e.getKey(), round(e.getValue()))));
            }
        }
        return top.problems.size() == before ? out : List.of();
    }

    /** Referral ends must be facilities that hold consults. */
    private static String consulting(Fields f, Ids ids, String key) {
        String id = ids.facilityRef(f, key, true);
        if (id != null && !ids.facts(id).outpatient()) {
            f.problem(key, Text.get("referrals.noOutpatient", id));
            return null;
        }
        return id;
    }

    private static String round(double x) {
        return String.valueOf(Math.round(x * 1e6) / 1e6);
    }
}

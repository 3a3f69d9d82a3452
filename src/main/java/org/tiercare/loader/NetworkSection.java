package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.EdgeSpec;
import org.tiercare.scenario.NetworkSpec;

/**
 * {@code network}: speed, detour factor, local access time and optional edges between zones and
 * facilities. An edge gives its travel time directly ({@code time}, or {@code minutes} as a CSV
 * column) or its road length ({@code km}, turned into time with the detour factor and speed).
 */
final class NetworkSection {

    static final String KEY = "network";
    static final List<String> KEYS = List.of("speed_kmh", "detour_factor", "local_access", "edges");
    private static final List<String> EDGE_KEYS = List.of("from", "to", "time", "minutes", "km");
    /** Road km per straight-line km: mountain roads reach 2 or 3; 10 is a typo. */
    private static final Range DETOUR = Range.upTo(1, false, 10);
    /** Door-to-door speed in km/h: 1000 is an airliner, beyond any road trip to a clinic. */
    private static final Range SPEED = Range.upTo(0, true, 1000);
    /** An edge's travel time in minutes: a week (10080 min) is beyond any trip inside a plan's area. */
    private static final Range MINUTES = Range.upTo(0, false, 7 * 24 * 60);
    /** An edge's road length in km: no two places are further apart than half the Earth's circumference. */
    private static final Range KM = Range.upTo(0, false, Range.MAX_KM);

    private NetworkSection() {}

    static NetworkSpec bind(Fields top, Ids ids) {
        YamlNode node = top.node(KEY);
        if (node == null) return NetworkSpec.DEFAULT;
        Problems problems = top.problems;
        Fields f = Fields.of(problems, node, KEY, KEYS);
        if (!f.isMap()) return NetworkSpec.DEFAULT;
        int before = problems.size();
        NetworkSpec d = NetworkSpec.DEFAULT;
        Double speed = f.number("speed_kmh", false, d.speedKmh(), SPEED);
        Double detour = f.number("detour_factor", false, d.detourFactor(), DETOUR);
        Double local = f.duration("local_access", false, d.localAccessH(), Range.NON_NEGATIVE);
        ListNode list = f.list("edges", false, Text.get("items.edges"));
        List<EdgeSpec> edges = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.items.size(); i++) {
                EdgeSpec e = edge(Fields.of(problems, list.items.get(i), f.at("edges") + "[" + i + "]", EDGE_KEYS), ids, speed, detour);
                if (e != null) edges.add(e);
            }
        }
        if (problems.size() != before) return NetworkSpec.DEFAULT;
        return new NetworkSpec(speed, detour, local, List.copyOf(edges));
    }

    private static EdgeSpec edge(Fields f, Ids ids, Double speed, Double detour) {
        if (!f.isMap()) return null;
        String from = ids.placeRef(f, "from");
        String to = ids.placeRef(f, "to");
        if (from != null && from.equals(to)) {
            f.problem("to", Text.get("edge.loop", to));
            return null;
        }
        List<String> given = new ArrayList<>();
        for (String k : List.of("time", "minutes", "km")) if (f.has(k)) given.add(k);
        if (given.size() != 1) {
            String msg = given.isEmpty() ? Text.get("edge.noLength") : Text.get("edge.both", String.join(Text.get("and"), given));
            f.problems.add(given.isEmpty() ? f.loc() : f.locOf(given.get(1)), Text.at(f.path, msg));
            return null;
        }
        Double h = switch (given.get(0)) {
            case "time" -> f.duration("time", true, 0, Range.NON_NEGATIVE);
            case "minutes" -> {
                Double m = f.number("minutes", true, 0, MINUTES);
                yield m == null ? null : m / 60;
            }
            default -> {
                Double km = f.number("km", true, 0, KM);
                yield km == null || speed == null || detour == null ? null : km * detour / speed;
            }
        };
        return from == null || to == null || h == null ? null : new EdgeSpec(from, to, h);
    }
}

package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.DiagnosticsSpec;

/**
 * {@code diagnostics}: shared diagnostics centres with mutual recognition of results. Their ids share
 * the namespace of zones and facilities. Several centres split the referrals by {@code serves} (zones) or, failing
 * that, by distance.
 */
final class DiagnosticsSection {

    static final String KEY = "diagnostics";
    static final List<String> KEYS = List.of("id", "zone", "stations", "test_time", "turnaround", "test_share", "recognition",
            "repeat_delay", "serves");
    static final int DEFAULT_STATIONS = 1;
    static final double DEFAULT_TURNAROUND_H = 24, DEFAULT_TEST_SHARE = 0.5, DEFAULT_REPEAT_DELAY_H = 24;
    /** Centres of one scenario: a city has a handful per kind of test; 100 is a table gone wrong. */
    static final int MAX_CENTRES = 100;
    /** Test stations of one centre: a large imaging centre has tens; 10,000 is a typo. */
    static final int MAX_STATIONS = 10_000;

    private DiagnosticsSection() {}

    static List<DiagnosticsSpec> bind(Fields top, Ids ids, Map<String, Loc> locations) {
        ListNode list = top.list(KEY, false, Text.get("items.diagnostics"));
        List<DiagnosticsSpec> out = new ArrayList<>();
        if (list == null) return out;
        Map<String, Loc> served = new java.util.HashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            if (i >= MAX_CENTRES) {
                top.problems.add(f.loc(), Text.at(f.path, Text.get("diagnostics.tooMany", MAX_CENTRES)));
            }
            String id = ids.declare(f, "kind.diagnostics");
            if (id != null) locations.putIfAbsent(id, f.locOf("id"));
            String zone = ids.zoneRef(f, "zone");
            Integer stations = f.count("stations", false, DEFAULT_STATIONS, 1, MAX_STATIONS);
            Distribution testTime = f.has("test_time")
                    ? DistributionBinder.bind(f.problems, f.node("test_time"), f.at("test_time"))
                    : OutpatientBinder.missing(f, "test_time", Text.get("expect.distribution.test"));
            Double turnaround = f.duration("turnaround", false, DEFAULT_TURNAROUND_H, Range.NON_NEGATIVE);
            Double testShare = f.number("test_share", false, DEFAULT_TEST_SHARE, Range.PROBABILITY);
            Boolean recognition = f.bool("recognition", true);
            Double repeat = f.duration("repeat_delay", false, DEFAULT_REPEAT_DELAY_H, Range.NON_NEGATIVE);
            List<String> serves = serves(f, ids, served);
            if (id == null || top.problems.size() != before) continue;
            out.add(new DiagnosticsSpec(id, zone, stations, testTime, turnaround, testShare, recognition, repeat, serves));
        }
        return out;
    }

    /** The zones a centre serves: zone ids, each served by one centre at most. */
    private static List<String> serves(Fields f, Ids ids, Map<String, Loc> served) {
        ListNode list = f.list("serves", false, Text.get("items.zones"));
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (int k = 0; k < list.items.size(); k++) {
            YamlNode n = list.items.get(k);
            String where = f.at("serves") + "[" + k + "]";
            if (!(n instanceof YamlNode.Scalar s) || s.isNull()) {
                f.problems.add(n.loc(), Text.at(where, Text.get("diagnostics.serves", n.describe())));
                continue;
            }
            String zone = s.text().strip();
            if (!ids.isZone(zone)) {
                f.problems.add(n.loc(), Text.at(where, Text.get("diagnostics.notZone", Text.quote(zone))));
                continue;
            }
            Loc first = served.putIfAbsent(zone, n.loc());
            if (first != null) {
                f.problems.add(n.loc(), Text.at(where, Text.get("diagnostics.servedTwice", Text.quote(zone), Ids.where(first))));
                continue;
            }
            out.add(zone);
        }
        return out;
    }
}

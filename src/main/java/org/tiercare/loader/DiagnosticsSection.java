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
            "repeat_delay", "serves", "modalities");
    static final List<String> MODALITY_KEYS = List.of("id", "name", "stations", "test_time", "turnaround", "share");
    /** Modalities of one centre: lab, imaging, ECG, pathology, endoscopy… 50 is a table gone wrong. */
    static final int MAX_MODALITIES = 50;
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
                    : f.has("modalities") ? null // each modality then gives its own
                    : OutpatientBinder.missing(f, "test_time", Text.get("expect.distribution.test"));
            Double turnaround = f.duration("turnaround", false, DEFAULT_TURNAROUND_H, Range.NON_NEGATIVE);
            Double testShare = f.number("test_share", false, DEFAULT_TEST_SHARE, Range.PROBABILITY);
            Boolean recognition = f.bool("recognition", true);
            Double repeat = f.duration("repeat_delay", false, DEFAULT_REPEAT_DELAY_H, Range.NON_NEGATIVE);
            List<String> serves = serves(f, ids, served);
            List<DiagnosticsSpec.Modality> modalities = f.has("modalities")
                    ? modalities(f, stations == null ? DEFAULT_STATIONS : stations, testTime,
                            turnaround == null ? DEFAULT_TURNAROUND_H : turnaround) : List.of();
            if (id == null || top.problems.size() != before) continue;
            out.add(new DiagnosticsSpec(id, zone, stations, testTime, turnaround, testShare, recognition, repeat, serves,
                    modalities));
        }
        return out;
    }

    /**
     * A centre's modalities; what one omits (stations, test_time, turnaround) it takes from the centre. A centre
     * whose test_time is written (even wrongly) is not asked again for each modality's.
     */
    private static List<DiagnosticsSpec.Modality> modalities(Fields f, int stations, Distribution testTime, double turnaround) {
        ListNode list = f.list("modalities", false, Text.get("items.modalities"));
        List<DiagnosticsSpec.Modality> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty()) {
            f.problem("modalities", Text.get("diagnostics.modalitiesEmpty"));
            return out;
        }
        if (list.items.size() > MAX_MODALITIES) f.problem("modalities", Text.get("diagnostics.modalitiesTooMany", MAX_MODALITIES));
        Map<String, Loc> seen = new java.util.HashMap<>();
        double sum = 0;
        boolean sharesOk = true;
        for (int k = 0; k < list.items.size(); k++) {
            Fields m = Fields.of(f.problems, list.items.get(k), Sections.itemPath(f.at("modalities"), list.items.get(k), k),
                    MODALITY_KEYS);
            if (!m.isMap()) { sharesOk = false; continue; }
            String id = Sections.uniqueId(m, "kind.modality", seen);
            String name = m.string("name", false, id);
            Integer st = m.count("stations", false, stations, 1, MAX_STATIONS);
            Distribution tt = m.has("test_time") ? DistributionBinder.bind(f.problems, m.node("test_time"), m.at("test_time"))
                    : testTime != null || f.has("test_time") ? testTime
                    : OutpatientBinder.missing(m, "test_time", Text.get("expect.distribution.test"));
            Double ta = m.duration("turnaround", false, turnaround, Range.NON_NEGATIVE);
            Double share = m.number("share", true, 0, Range.PROBABILITY);
            if (share == null) sharesOk = false; else sum += share;
            if (id != null && name != null && st != null && tt != null && ta != null && share != null) {
                out.add(new DiagnosticsSpec.Modality(id, name, st, tt, ta, share));
            }
        }
        if (sharesOk && Math.abs(sum - 1) > 1e-6) {
            f.problem("modalities", Text.get("diagnostics.modalityShares", Units.trim(Math.round(sum * 1e6) / 1e6)));
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

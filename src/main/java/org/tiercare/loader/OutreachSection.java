package org.tiercare.loader;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.OutreachSpec;

/**
 * {@code outreach}: specialist-days per week sent from a hospital to primary clinics (派驻专家, 巡诊).
 * Days are written as in opening hours; the window is when sessions may be held at a clinic.
 */
final class OutreachSection {

    static final String KEY = "outreach";
    static final List<String> KEYS = List.of("hospital", "specialist_days_per_week", "clinics", "days", "window", "session",
            "capability", "consult_time");
    private static final List<String> WINDOW_KEYS = List.of("open", "close");
    static final Set<DayOfWeek> DEFAULT_DAYS = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    static final double DEFAULT_OPEN_H = 8, DEFAULT_CLOSE_H = 17, DEFAULT_SESSION_H = 3;
    static final int DEFAULT_CAPABILITY = 3;
    /** Specialist-days per week: also checked against the hospital's doctors; this holds when that cannot be. */
    static final Range DAYS_PER_WEEK = Range.upTo(0, false, 7 * OutpatientBinder.MAX_DOCTORS);

    private OutreachSection() {}

    static List<OutreachSpec> bind(Fields top, Ids ids, List<FacilitySpec> facilities) {
        ListNode list = top.list(KEY, false, Text.get("items.outreach"));
        List<OutreachSpec> out = new ArrayList<>();
        if (list == null) return out;
        // Specialist-days asked of each hospital over all entries, to check against its doctor-days.
        Map<String, Double> asked = new LinkedHashMap<>();
        Map<String, Loc> askedAt = new HashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String hospital = hospital(f, ids);
            Double daysPerWeek = f.number("specialist_days_per_week", true, 0, DAYS_PER_WEEK);
            List<String> clinics = clinics(f, ids);
            Set<DayOfWeek> days = f.has("days") ? OpeningHoursBinder.days(f) : DEFAULT_DAYS;
            Double[] window = window(f);
            Double session = f.duration("session", false, DEFAULT_SESSION_H, Range.POSITIVE);
            if (session != null && window[0] != null && window[1] != null && session > window[1] - window[0]) {
                f.problem("session", Text.get("outreach.sessionTooLong", Units.format(session), OpeningHoursBinder.clock(window[0]),
                        OpeningHoursBinder.clock(window[1]), Units.format(window[1] - window[0])));
            }
            Integer capability = f.count("capability", false, DEFAULT_CAPABILITY, 1, FacilitiesSection.MAX_LEVEL);
            Distribution consult = f.has("consult_time")
                    ? DistributionBinder.bind(f.problems, f.node("consult_time"), f.at("consult_time")) : null;
            FacilitySpec h = hospital == null ? null : facilities.stream().filter(x -> x.id().equals(hospital)).findFirst().orElse(null);
            if (h != null && capability != null && capability > h.capability()) {
                f.problem("capability", Text.get("outreach.capability", capability, hospital, h.capability()));
            }
            if (h != null && daysPerWeek != null && days != null && h.outpatient() != null) {
                double total = asked.merge(hospital, daysPerWeek, Double::sum);
                askedAt.putIfAbsent(hospital, f.locOf("specialist_days_per_week"));
                double available = (double) h.outpatient().doctors() * days.size();
                if (total > available) {
                    int doctors = h.outpatient().doctors();
                    String staff = Text.get(doctors == 1 ? "outreach.doctors.one" : "outreach.doctors.other", doctors);
                    f.problem("specialist_days_per_week", total > daysPerWeek
                            ? Text.get("outreach.tooManyDaysWithEarlier", Units.trim(daysPerWeek), Units.trim(total), hospital,
                                    Ids.where(askedAt.get(hospital)), staff, days.size(), Units.trim(available))
                            : Text.get("outreach.tooManyDays", Units.trim(daysPerWeek), hospital, staff, days.size(), Units.trim(available)));
                }
            }
            if (top.problems.size() != before) continue;
            out.add(new OutreachSpec(hospital, daysPerWeek, List.copyOf(clinics), Collections.unmodifiableSet(EnumSet.copyOf(days)),
                    window[0], window[1], session, capability, consult));
        }
        return out;
    }

    private static String hospital(Fields f, Ids ids) {
        String id = ids.facilityRef(f, "hospital", true);
        if (id == null) return null;
        Ids.FacilityFacts facts = ids.facts(id);
        if (facts.tier() != null && !facts.tier().isHospital()) {
            f.problem("hospital", Text.get("outreach.notHospital", id, facts.tier().yamlName, Names.list(hospitals(ids))));
            return null;
        }
        if (!facts.outpatient()) {
            f.problem("hospital", Text.get("outreach.hospitalNoOutpatient", id));
            return null;
        }
        return id;
    }

    private static List<String> hospitals(Ids ids) {
        List<String> out = new ArrayList<>();
        ids.facilities().forEach((id, f) -> { if (f.tier() != null && f.tier().isHospital()) out.add(id); });
        return out;
    }

    private static List<String> clinics(Fields f, Ids ids) {
        String expected = Text.get("items.clinics");
        ListNode list = f.list("clinics", true, expected);
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty()) {
            f.problem("clinics", Text.get("outreach.noClinics"));
            return out;
        }
        Map<String, Loc> seen = new HashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode n = list.items.get(i);
            String where = f.at("clinics") + "[" + i + "]";
            if (!(n instanceof Scalar s) || s.isNull()) {
                f.problems.add(n.loc(), Text.at(where, Text.get("outreach.clinicNotId", n.describe(), expected)));
                continue;
            }
            String id = s.text().strip();
            Ids.FacilityFacts facts = ids.facts(id);
            if (facts == null) {
                f.problems.add(n.loc(), Text.at(where, Ids.notFacility(id, ids.facilities().keySet())));
                continue;
            }
            if (seen.containsKey(id)) {
                f.problems.add(n.loc(), Text.at(where, Text.get("outreach.clinicTwice", id, Ids.where(seen.get(id)))));
                continue;
            }
            seen.put(id, n.loc());
            if (facts.tier() != null && !facts.tier().isPrimary()) {
                f.problems.add(n.loc(), Text.at(where, Text.get("outreach.clinicNotPrimary", id, facts.tier().yamlName, expected)));
                continue;
            }
            if (!facts.outpatient()) {
                f.problems.add(n.loc(), Text.at(where, Text.get("outreach.clinicNoOutpatient", id, expected)));
                continue;
            }
            out.add(id);
        }
        return out;
    }

    /** {open, close}, each defaulting on its own; null elements where unreadable. */
    private static Double[] window(Fields f) {
        if (!f.has("window")) return new Double[] {DEFAULT_OPEN_H, DEFAULT_CLOSE_H};
        Fields w = Fields.of(f.problems, f.node("window"), f.at("window"), WINDOW_KEYS);
        if (!w.isMap()) return new Double[] {null, null};
        Double open = w.has("open") ? OpeningHoursBinder.time(w, "open", false) : DEFAULT_OPEN_H;
        Double close = w.has("close") ? OpeningHoursBinder.time(w, "close", true) : DEFAULT_CLOSE_H;
        if (open != null && close != null && close <= open) {
            w.problem(w.has("close") ? "close" : "open", Text.get("outreach.windowOrder", OpeningHoursBinder.clock(open),
                    OpeningHoursBinder.clock(close)));
            return new Double[] {null, null};
        }
        return new Double[] {open, close};
    }
}

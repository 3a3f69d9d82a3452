package org.tiercare.loader;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.PatientSource;

/** {@code arrivals}: constant-rate Poisson streams, each to one facility (the direct form of demand). */
final class ArrivalsSection {

    static final String KEY = "arrivals";
    private static final List<String> KEYS =
            List.of("zone", "facility", "rate_per_hour", "entry", "source", "admission_probability",
                    "length_of_stay");

    /**
     * Patients per hour of one stream: 10,000 an hour is ten times what the busiest hospital in China
     * sees; every arrival is an event, so 1e300 would never finish.
     */
    static final Range RATE = Range.upTo(0, true, 10_000);

    private ArrivalsSection() {}

    static List<ArrivalStream> bind(Fields top, Ids ids) {
        // Optional: a scenario needs 'arrivals' or 'demand' (Checks says so when it has neither).
        ListNode list = top.list(KEY, false, Text.get("items.arrivals"));
        List<ArrivalStream> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty() && top.has(KEY)) {
            top.problem(KEY, Text.get("arrivals.empty"));
            return out;
        }
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), KEY + "[" + i + "]", KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String zone = ids.zoneRef(f, "zone");
            String facility = ids.facilityRef(f, "facility", true);
            Double rate = f.number("rate_per_hour", true, 0, RATE);
            Entry entry = f.choice("entry", "choice.entry", Entry.class, Entry.OUTPATIENT);
            PatientSource source = f.choice("source", "choice.source", PatientSource.class, PatientSource.SELF);
            Double admit = f.number("admission_probability", false, 0, Range.PROBABILITY);
            org.tiercare.dist.Distribution stay = f.has("length_of_stay")
                    ? DistributionBinder.bind(f.problems, f.node("length_of_stay"), f.at("length_of_stay")) : null;
            // Only a stream whose patients can reach a bed has a stay to give.
            if (stay != null && entry == Entry.OUTPATIENT && (admit == null || admit == 0)) {
                f.problem("length_of_stay", Text.get("arrivals.stayWithoutBeds"));
            }
            Ids.FacilityFacts facts = facility == null ? null : ids.facts(facility);
            if (facts != null) {
                if (entry == Entry.OUTPATIENT && !facts.outpatient()) {
                    f.problem("facility", Text.get("arrivals.noOutpatient", facility));
                }
                if (entry == Entry.ADMISSION && !facts.beds()) {
                    f.problem("facility", Text.get("arrivals.noBeds", facility));
                }
                if (admit != null && admit > 0 && entry == Entry.OUTPATIENT && !facts.beds()) {
                    f.problem("admission_probability", Text.get("arrivals.admitNeedsBeds", admit, facility));
                }
            }
            if (entry == Entry.ADMISSION && admit != null && admit > 0) {
                f.problem("admission_probability", Text.get("arrivals.admitWithAdmission"));
            }
            if (top.problems.size() == before) out.add(new ArrivalStream(zone, facility, rate, entry, source, admit, stay));
        }
        return out;
    }
}

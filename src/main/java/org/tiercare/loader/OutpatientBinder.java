package org.tiercare.loader;

import java.util.List;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.scenario.Access;
import org.tiercare.scenario.OpeningHours;
import org.tiercare.scenario.OutpatientSpec;

/** {@code facilities[].outpatient}: doctors, access mode, opening hours, consult time, booking. */
final class OutpatientBinder {

    static final List<String> KEYS = List.of("doctors", "access", "hours", "consult_time", "slots_per_day",
            "booking_horizon", "referred_first");
    static final double DEFAULT_BOOKING_HORIZON_H = 14 * 24;
    /** Outpatient doctors of one facility: the largest Chinese hospitals have a few thousand. */
    static final int MAX_DOCTORS = 10_000;
    /** Slots per day: the busiest Chinese hospitals see about 20,000 outpatients a day. */
    static final int MAX_SLOTS_PER_DAY = 100_000;

    private OutpatientBinder() {}

    /**
     * @param withoutDefaults the facility's tier is unknown, so tier defaults were not merged: what is
     *     written is checked, but keys the defaults would have given are not asked for (that would
     *     repeat the tier's problem), and the result is null
     */
    static OutpatientSpec bind(Problems problems, YamlNode node, String path, boolean withoutDefaults) {
        int before = problems.size();
        Fields f = Fields.of(problems, node, path, KEYS);
        if (!f.isMap()) return null;
        Integer doctors = f.count("doctors", !withoutDefaults, 0, 0, MAX_DOCTORS);
        Access access = f.choice("access", "choice.access", Access.class, Access.WALK_IN);
        OpeningHours hours = OpeningHoursBinder.bind(problems, f.node("hours"), f.at("hours"));
        Distribution consult = f.has("consult_time")
                ? DistributionBinder.bind(problems, f.node("consult_time"), f.at("consult_time"))
                : withoutDefaults ? null : missing(f, "consult_time", Text.get("expect.distribution.consult"));
        if (withoutDefaults && !f.has("access")) access = null; // the tier's default is unknown
        Boolean referredFirst = f.bool("referred_first", false);
        Integer slots = 0;
        Double horizon = 0.0;
        if (access == Access.APPOINTMENT) {
            // Without a daily slot count an appointment clinic has nothing to book.
            slots = f.has("slots_per_day") ? f.count("slots_per_day", true, 0, 1, MAX_SLOTS_PER_DAY)
                    : missing(f, "slots_per_day", Text.get("expect.slots", Fields.wholeAtLeast(1)));
            horizon = f.duration("booking_horizon", false, DEFAULT_BOOKING_HORIZON_H, Range.POSITIVE);
        } else if (access == Access.WALK_IN) {
            f.forbid("slots_per_day", Text.get("outpatient.appointmentOnly"));
            f.forbid("booking_horizon", Text.get("outpatient.appointmentOnly"));
        }
        if (problems.size() != before || withoutDefaults) return null;
        return new OutpatientSpec(doctors, access, hours, consult, slots, horizon, referredFirst);
    }

    /** Reports a required key that is absent ({@code expected} is a phrase from the bundle); returns null. */
    static <T> T missing(Fields f, String key, String expected) {
        f.missing(key, expected);
        return null;
    }
}

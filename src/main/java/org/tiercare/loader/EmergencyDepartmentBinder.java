package org.tiercare.loader;

import java.util.List;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.EmergencyDepartmentSpec;
import org.tiercare.scenario.OpeningHours;

/** {@code facilities[].emergency_department}: emergency doctors, consult time, hours and triage levels. */
final class EmergencyDepartmentBinder {

    static final String KEY = "emergency_department";
    static final List<String> KEYS = List.of("doctors", "consult_time", "hours", "triage");
    private static final List<String> TRIAGE_KEYS = List.of("levels");
    /** Emergency doctors on duty at once: the busiest Chinese emergency departments have a few hundred. */
    static final int MAX_DOCTORS = 1_000;
    /** Triage levels: China's grading has 4 (its urgent level often split in two), others 5; 10 is ample. */
    static final int MAX_TRIAGE_LEVELS = 10;

    private EmergencyDepartmentBinder() {}

    /**
     * @param facility        the facility's fields
     * @param withoutDefaults the facility's tier is unknown: as in {@link OutpatientBinder#bind}
     * @param emergency       whether the facility says {@code emergency: true} (a queueing department needs it)
     */
    static EmergencyDepartmentSpec bind(Fields facility, boolean withoutDefaults, boolean emergency) {
        Problems problems = facility.problems;
        int before = problems.size();
        Fields f = Fields.of(problems, facility.node(KEY), facility.at(KEY), KEYS);
        if (!f.isMap()) return null;
        if (!emergency) facility.problem(KEY, Text.get("ed.withoutEmergency"));
        Integer doctors = f.count("doctors", !withoutDefaults, 0, 1, MAX_DOCTORS);
        Distribution consult = f.has("consult_time")
                ? DistributionBinder.bind(problems, f.node("consult_time"), f.at("consult_time"))
                : withoutDefaults ? null : OutpatientBinder.missing(f, "consult_time", Text.get("expect.distribution.emergency"));
        OpeningHours hours = OpeningHoursBinder.bind(problems, f.node("hours"), f.at("hours"));
        Integer levels = EmergencyDepartmentSpec.DEFAULT_TRIAGE_LEVELS;
        if (f.has("triage")) {
            Fields t = Fields.of(problems, f.node("triage"), f.at("triage"), TRIAGE_KEYS);
            if (t.isMap()) levels = t.count("levels", false, EmergencyDepartmentSpec.DEFAULT_TRIAGE_LEVELS, 1, MAX_TRIAGE_LEVELS);
        }
        if (problems.size() != before || withoutDefaults) return null;
        return new EmergencyDepartmentSpec(doctors, consult, hours, levels);
    }
}

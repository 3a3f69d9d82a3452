package org.tiercare.scenario;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * When a facility's doctors see patients. Simulation day 0 is a Monday; hours are 0–24 local time.
 * {@code always} means open 24 h every day (how queueing-theory validation scenarios are written).
 */
public record OpeningHours(boolean always, List<Session> sessions) {

    public static final OpeningHours ALWAYS = new OpeningHours(true, List.of());

    public record Session(Set<DayOfWeek> days, double openHour, double closeHour) {}

    /** Open hours in one week, used to spread appointment slots and to report doctor-days. */
    public double hoursPerWeek() {
        if (always) return 168;
        double h = 0;
        for (Session s : sessions) h += s.days().size() * (s.closeHour() - s.openHour());
        return h;
    }
}

package org.tiercare.model;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.OpeningHours;

/**
 * Turns opening sessions into a weekly timetable of open intervals (hours from Monday 00:00) and
 * tells its owner when the facility opens and closes. A consult under way at closing time is
 * finished; patients still waiting are seen when the facility reopens.
 */
final class OpeningSchedule {
    static final double WEEK = 168;
    private final boolean always;
    /** Sorted, non-overlapping [open, close) intervals within one week. */
    private final double[][] intervals;

    OpeningSchedule(OpeningHours hours) {
        this.always = hours.always();
        List<double[]> list = new ArrayList<>();
        if (!always) {
            for (OpeningHours.Session s : hours.sessions()) {
                for (DayOfWeek d : s.days()) {
                    double base = (d.getValue() - 1) * 24.0;
                    list.add(new double[] {base + s.openHour(), base + s.closeHour()});
                }
            }
        }
        list.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] iv : list) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
            else merged.add(iv.clone());
        }
        this.intervals = merged.toArray(new double[0][]);
    }

    boolean always() { return always; }

    /** Open intervals of one day (hours from that day's midnight), in order. */
    List<double[]> openOnDay(int dayOfWeekIndex) {
        List<double[]> out = new ArrayList<>();
        if (always) {
            out.add(new double[] {0, 24});
            return out;
        }
        double lo = dayOfWeekIndex * 24.0, hi = lo + 24;
        for (double[] iv : intervals) {
            double a = Math.max(iv[0], lo), b = Math.min(iv[1], hi);
            if (b > a) out.add(new double[] {a - lo, b - lo});
        }
        return out;
    }

    /** Average open hours on a day the facility opens; converts doctor-hours on duty to doctor-days. */
    double hoursPerOpenDay() {
        if (always) return 24;
        double total = 0;
        int days = 0;
        for (int d = 0; d < 7; d++) {
            double h = 0;
            for (double[] iv : openOnDay(d)) h += iv[1] - iv[0];
            if (h > 0) days++;
            total += h;
        }
        return days == 0 ? Double.NaN : total / days;
    }

    /** Calls {@code onChange} now and at every later opening and closing. */
    void drive(Simulation sim, Runnable onChange) {
        onChange.run();
        if (!always) scheduleNextChange(sim, onChange);
    }

    private void scheduleNextChange(Simulation sim, Runnable onChange) {
        double next = nextChange(sim.now());
        if (Double.isNaN(next)) return;
        sim.at(next, -1, () -> {
            onChange.run();
            scheduleNextChange(sim, onChange);
        });
    }

    boolean isOpen(double t) {
        if (always) return true;
        double w = t % WEEK;
        for (double[] iv : intervals) if (w >= iv[0] && w < iv[1]) return true;
        return false;
    }

    /** The next time at or after {@code t} when the facility is open (t itself when open now). */
    double nextOpen(double t) {
        if (isOpen(t)) return t;
        double c = nextChange(t);
        return Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    }

    private double nextChange(double t) {
        if (intervals.length == 0) return Double.NaN;
        double weekStart = Math.floor(t / WEEK) * WEEK;
        for (int k = 0; k < 2; k++) {
            double base = weekStart + k * WEEK;
            for (double[] iv : intervals) {
                if (base + iv[0] > t) return base + iv[0];
                if (base + iv[1] > t) return base + iv[1];
            }
        }
        return Double.NaN;
    }
}

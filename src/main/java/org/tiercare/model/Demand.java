package org.tiercare.model;

import java.util.function.IntConsumer;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.DemandSpec;
import org.tiercare.scenario.ZoneSpec;

/**
 * New care needs arising in each zone: a non-homogeneous Poisson process whose rate is constant
 * within each hour (residents × contacts per resident-year × hour, weekday, month and surge
 * factors). Generated exactly, hour by hour: an exponential gap that crosses into the next hour is
 * redrawn there (memorylessness makes this exact), so no candidate arrivals are thrown away.
 */
final class Demand {
    private static final int[] MONTH_START_DAY = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

    private final Simulation sim;
    private final DemandSpec spec;
    private final double endH;

    Demand(Simulation sim, DemandSpec spec, double endH) {
        this.sim = sim;
        this.spec = spec;
        this.endH = endH;
    }

    /**
     * Starts the process of one part of a zone's residents ({@code people}: residents × demand factor; the zone's
     * residents when it has no population groups); {@code onNeed} receives the zone index at each new need.
     */
    void start(int zoneIndex, ZoneSpec zone, double people, RandomGenerator rng, IntConsumer onNeed) {
        double base = people * spec.contactsPerResidentYear() / 8760.0;
        if (base <= 0) return;
        // The process is its own event (one pending per zone part): no closure per new need.
        new Runnable() {
            double hourEnd = 0;
            double rate = 0;

            @Override
            public void run() {
                onNeed.accept(zoneIndex);
                next();
            }

            void next() {
                double t = sim.now();
                while (true) {
                    if (t >= hourEnd) {
                        double hour = Math.floor(t);
                        hourEnd = hour + 1;
                        rate = base * factor(hour, zone.id());
                    }
                    double gap = rate > 0 ? -Math.log(1 - rng.nextDouble()) / rate : Double.POSITIVE_INFINITY;
                    if (t + gap < hourEnd) {
                        sim.at(t + gap, 0, this);
                        return;
                    }
                    t = hourEnd;
                    if (t >= endH) return; // no need arises before the end of the run
                }
            }
        }.next();
    }

    /** Rate multiplier for the hour starting at {@code hour} (hours since Monday 00:00 of day 0). */
    double factor(double hour, String zoneId) {
        int h = (int) (hour % 24);
        int day = (int) Math.floor(hour / 24);
        int dow = day % 7;
        int dayOfYear = day % 365;
        int month = 0;
        while (dayOfYear >= MONTH_START_DAY[month + 1]) month++;
        double f = spec.hourOfDay()[h] * spec.dayOfWeek()[dow] * spec.monthOfYear()[month];
        for (DemandSpec.SurgeSpec s : spec.surges()) {
            if (hour >= s.startH() && hour < s.endH() && (s.zones().isEmpty() || s.zones().contains(zoneId))) {
                f *= s.multiplier();
            }
        }
        return f;
    }
}

package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tiercare.engine.Simulation;
import org.tiercare.outreach.OutreachDay;
import org.tiercare.outreach.OutreachPlan;
import org.tiercare.outreach.OutreachPlanner;
import org.tiercare.outreach.RouteRow;
import org.tiercare.outreach.Tour;
import org.tiercare.outreach.Visit;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.OutreachSpec;

/**
 * Specialist outreach in the simulation: the week's specialist-days are spread over the outreach
 * weekdays, each day's tours are planned with jsprit (once per distinct number of specialists: the
 * problem is the same every week), and the plan is played out — the hospital has those specialists
 * fewer from departure to return, each clinic one doctor more, and the outreach capability, during
 * its session. Travel time is counted at the hospital.
 */
final class OutreachSchedule {
    /** Specialists may leave this long before the clinics' window opens and be back this long after it closes. */
    private static final double SHIFT_MARGIN_H = 2;
    private static final int ITERATIONS = 300;

    private final OutreachSpec spec;
    private final Facility hospital;
    private final List<Facility> clinics;
    private final int[] specialistsOnWeekday = new int[7];
    private final TreeMap<Integer, OutreachPlan> plans = new TreeMap<>();

    OutreachSchedule(Simulation sim, OutreachSpec spec, Facility hospital, List<Facility> clinics, Network network,
                     RandomStreams streams, double endH) {
        this.spec = spec;
        this.hospital = hospital;
        this.clinics = clinics;
        spread(spec);
        var seeds = streams.stream("outreach/" + hospital.id());
        for (int d = 0; d < 7; d++) {
            int n = specialistsOnWeekday[d];
            if (n > 0 && !plans.containsKey(n)) plans.put(n, null);
        }
        // Planned in increasing order of specialists, so the seeds drawn do not depend on map order.
        for (Integer n : new ArrayList<>(plans.keySet())) plans.put(n, plan(n, network, seeds.nextLong()));
        for (Facility c : clinics) c.outreachCapability = Math.max(c.outreachCapability, spec.capability());
        if (plans.isEmpty()) return;
        Runnable[] day = new Runnable[1];
        day[0] = () -> {
            double start = sim.now();
            int n = specialistsOnWeekday[(int) (Math.floor(start / 24) % 7)];
            if (n > 0) playOut(sim, start, plans.get(n));
            if (start + 24 < endH) sim.schedule(24, -3, day[0]);
        };
        sim.at(0, -3, day[0]);
    }

    /** Specialist-days per week over the outreach weekdays, Monday first; remainders go to the earliest days. */
    private void spread(OutreachSpec spec) {
        List<Integer> days = spec.days().stream().map(d -> d.getValue() - 1).sorted().toList();
        if (days.isEmpty()) return;
        int total = (int) Math.round(spec.specialistDaysPerWeek());
        for (int i = 0; i < days.size(); i++) {
            specialistsOnWeekday[days.get(i)] = total / days.size() + (i < total % days.size() ? 1 : 0);
        }
    }

    private OutreachPlan plan(int specialists, Network network, long seed) {
        int n = clinics.size() + 1;
        double[][] travel = new double[n][n];
        List<Facility> nodes = new ArrayList<>();
        nodes.add(hospital);
        nodes.addAll(clinics);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) travel[i][j] = i == j ? 0 : network.facilityToFacility(nodes.get(i).index, nodes.get(j).index);
        }
        OutreachDay day = new OutreachDay(hospital.id(), specialists, clinics.stream().map(Facility::id).toList(), travel,
                spec.windowOpenHour() - SHIFT_MARGIN_H, spec.windowCloseHour() + SHIFT_MARGIN_H,
                spec.windowOpenHour(), spec.windowCloseHour(), spec.sessionH());
        return OutreachPlanner.plan(day, seed, ITERATIONS);
    }

    private void playOut(Simulation sim, double dayStart, OutreachPlan plan) {
        for (Tour t : plan.tours()) {
            if (t.visits().isEmpty()) continue;
            sim.at(dayStart + t.departH(), -1, () -> hospital.outpatient.sendAway(1));
            sim.at(dayStart + t.returnH(), -1, () -> {
                hospital.outpatient.sendAway(-1);
                hospital.measures.outreachTravelH += t.travelH();
            });
            for (Visit v : t.visits()) {
                Facility clinic = clinics.stream().filter(c -> c.id().equals(v.clinicId())).findFirst().orElseThrow();
                sim.at(dayStart + v.startH(), -1, () -> {
                    clinic.outpatient.visit(1);
                    hospital.measures.outreachSessions++;
                });
                sim.at(dayStart + v.endH(), -1, () -> clinic.outpatient.visit(-1));
            }
        }
    }

    /** One week of planned tours, for {@code outreach_routes.csv}. */
    List<RouteRow> weekRoutes(int replication) {
        List<RouteRow> rows = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            OutreachPlan p = plans.get(specialistsOnWeekday[d]);
            if (p != null) rows.addAll(p.rows(replication, d, hospital.id()));
        }
        return rows;
    }

    /** The tours of the busiest outreach day, as facility id sequences (hospital, clinics…, hospital), for the map. */
    List<List<String>> tours() {
        List<List<String>> out = new ArrayList<>();
        if (plans.isEmpty()) return out;
        for (Tour t : plans.lastEntry().getValue().tours()) {
            if (t.visits().isEmpty()) continue;
            List<String> ids = new ArrayList<>();
            ids.add(hospital.id());
            t.visits().forEach(v -> ids.add(v.clinicId()));
            ids.add(hospital.id());
            out.add(ids);
        }
        return out;
    }
}

package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.engine.Simulation;

/**
 * Samples queue lengths and occupied beds at a fixed interval over the whole run (warm-up
 * included), and counts referral flows between facilities after the warm-up. Used for the time
 * series and map charts and for Welch's warm-up plot; its memory grows with run length / interval,
 * not with patients.
 */
final class Tracer {
    private final List<RunDetail.Point> points = new ArrayList<>();
    private final long[][] flows;
    private final List<Facility> facilities;

    Tracer(Simulation sim, List<Facility> facilities, double intervalH, double endH) {
        this.facilities = facilities;
        this.flows = new long[facilities.size()][facilities.size()];
        sim.register(t -> {
            for (long[] row : flows) java.util.Arrays.fill(row, 0);
        });
        if (intervalH <= 0) return;
        Runnable[] sample = new Runnable[1];
        long[] lastVisits = new long[1];
        sample[0] = () -> {
            double t = sim.now();
            double queue = 0, beds = 0, admissionQueue = 0;
            for (Facility f : facilities) {
                // Over the facility's departments (one unit without departments).
                if (f.outpatient != null) queue += f.consultQueue();
                if (f.ward != null) {
                    beds += f.bedsInUse();
                    admissionQueue += f.admissionQueue();
                }
            }
            points.add(new RunDetail.Point(t, "consult queue (all facilities)", queue));
            points.add(new RunDetail.Point(t, "occupied beds (all facilities)", beds));
            points.add(new RunDetail.Point(t, "admission queue (all facilities)", admissionQueue));
            // The network's consult rate since the last sample, per day: the series chronic follow-ups move slowest.
            long visits = 0;
            for (Facility f : facilities) visits += f.visits();
            if (visits < lastVisits[0]) lastVisits[0] = 0; // the counts were reset at the end of the warm-up
            if (t > 0) points.add(new RunDetail.Point(t, RunDetail.NETWORK_VISIT_RATE, (visits - lastVisits[0]) * 24 / intervalH));
            lastVisits[0] = visits;
            // Per facility: what the stability check and warmup --series look at.
            for (Facility f : facilities) {
                if (f.outpatient != null) {
                    points.add(new RunDetail.Point(t, RunDetail.CONSULT_QUEUE + f.id(), f.consultQueue()));
                    if (f.outpatient.slots != null) points.add(new RunDetail.Point(t, RunDetail.BOOKING_BACKLOG + f.id(), f.booked()));
                }
                if (f.ward != null) {
                    points.add(new RunDetail.Point(t, RunDetail.OCCUPIED_BEDS + f.id(), f.bedsInUse()));
                    points.add(new RunDetail.Point(t, RunDetail.ADMISSION_QUEUE + f.id(), f.admissionQueue()));
                }
            }
            if (t + intervalH <= endH) sim.schedule(intervalH, Integer.MAX_VALUE - 1, sample[0]);
        };
        sim.at(0, Integer.MAX_VALUE - 1, sample[0]);
    }

    void flow(Facility from, Facility to) { flows[from.index][to.index]++; }

    RunDetail detail() {
        List<RunDetail.Flow> out = new ArrayList<>();
        for (int i = 0; i < flows.length; i++) {
            for (int j = 0; j < flows.length; j++) {
                if (flows[i][j] > 0) out.add(new RunDetail.Flow(facilities.get(i).id(), facilities.get(j).id(), flows[i][j]));
            }
        }
        return new RunDetail(List.copyOf(points), out, List.of(), List.of(), List.of());
    }
}

package org.tiercare.model;

import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.WhenFull;
import org.tiercare.stats.LevelHistogram;

/**
 * The inpatient beds of a facility. A reserved share of beds is kept for referred admissions:
 * self-presenting patients never hold more than the unreserved beds. When no eligible bed is free
 * the patient waits in the admission queue or is diverted, per the facility. The ward also keeps the
 * time spent with each number of beds occupied after the warm-up ({@code occupancy.csv}).
 */
final class Ward {
    private final Simulation sim;
    private final Facility facility;
    private final BedSpec spec;
    final Resource beds;
    /** Hours with n beds in use, n = 0..beds, since the warm-up ended. */
    final LevelHistogram occupancy;

    Ward(Simulation sim, Facility facility, BedSpec spec, ReservationSpec reservation) {
        this.sim = sim;
        this.facility = facility;
        this.spec = spec;
        boolean referredFirst = spec.referredFirst() || reservation.referredFirst();
        this.beds = new Resource(sim, spec.count(), 2, referredFirst);
        int reserved = (int) Math.round(reservation.bedShare() * spec.count());
        if (reserved > 0) beds.setCap(Patient.SELF_LINE, spec.count() - reserved);
        this.occupancy = sim.register(new LevelHistogram(sim.now(), spec.count()));
    }

    /** Asks for a bed now; {@code stayH} is drawn by the pathway (it depends on condition and tier). */
    void admit(Patient p, double stayH) {
        Measures m = facility.measures;
        m.admissionRequests++;
        p.requestTime = sim.now();
        int line = p.line();
        if (spec.whenFull() == WhenFull.DIVERT) {
            if (beds.tryAcquire(line)) {
                stay(p, line, stayH);
            } else {
                m.diverted++;
                m.unserved++;
                facility.model.pathway().diverted(facility, p);
            }
            return;
        }
        beds.request(line, () -> stay(p, line, stayH));
    }

    /** The patient has a bed (the resource counted it already): record the wait and the new occupancy. */
    private void stay(Patient p, int line, double stayH) {
        Measures m = facility.measures;
        double wait = sim.now() - p.requestTime;
        m.waitAdmission.add(wait);
        // By the line the bed was asked on, which is the patient's source at the request.
        (line == Patient.REFERRED_LINE ? m.waitAdmissionReferred : m.waitAdmissionSelf).add(wait);
        if (wait > 0) m.admissionsWaited++;
        facility.model.pathway().log(p, EventSink.ADMIT, facility, wait);
        m.admissions++;
        occupancy.update(sim.now(), beds.inUse());
        sim.schedule(stayH, () -> discharge(p, line, stayH));
    }

    private void discharge(Patient p, int line, double stayH) {
        beds.release(line);
        // A waiting patient may have taken the bed at once (stay() then recorded the same level).
        occupancy.update(sim.now(), beds.inUse());
        facility.measures.lengthOfStay.add(stayH);
        facility.model.pathway().log(p, EventSink.DISCHARGE, facility, Double.NaN);
        facility.model.pathway().discharged(facility, p);
    }

    int inside() { return beds.inUse() + beds.waiting(); }
}

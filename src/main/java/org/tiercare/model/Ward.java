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
 * the patient waits in the admission queue, is diverted, or is sent on ({@link Onward}), per the facility.
 * The ward also keeps the time spent with each number of beds occupied after the warm-up ({@code occupancy.csv}).
 */
final class Ward {
    private final Simulation sim;
    private final Facility facility;
    /** The department (or the facility's one implicit unit) whose beds these are and whose measures count. */
    final Unit unit;
    final BedSpec spec;
    final Resource beds;
    /** Hours with n beds in use, n = 0..beds, since the warm-up ended. */
    final LevelHistogram occupancy;
    /** Beds other groups' patients may hold when sent here without a cross-grid policy (0: none, no third line). */
    final int pooledBeds;
    /** The line of patients sent from another group into pooled beds (capped at {@link #pooledBeds}). */
    static final int POOLED_LINE = 2;

    Ward(Simulation sim, Facility facility, BedSpec spec, ReservationSpec reservation) {
        this(sim, facility, spec, reservation, 0);
    }

    Ward(Simulation sim, Facility facility, BedSpec spec, ReservationSpec reservation, int pooledBeds) {
        this(sim, facility.units[0], spec, reservation, pooledBeds);
    }

    Ward(Simulation sim, Unit unit, BedSpec spec, ReservationSpec reservation, int pooledBeds) {
        this.sim = sim;
        this.facility = unit.facility;
        this.unit = unit;
        this.spec = spec;
        this.pooledBeds = pooledBeds;
        boolean referredFirst = spec.referredFirst() || reservation.referredFirst();
        // A third line only with pooled beds, so a ward without them is the very same resource as before.
        this.beds = new Resource(sim, spec.count(), pooledBeds > 0 ? 3 : 2, referredFirst);
        int reserved = (int) Math.round(reservation.bedShare() * spec.count());
        if (reserved > 0) beds.setCap(Patient.SELF_LINE, spec.count() - reserved);
        if (pooledBeds > 0) beds.setCap(POOLED_LINE, pooledBeds);
        this.occupancy = sim.register(new LevelHistogram(sim.now(), spec.count()));
    }

    /** Asks for a bed now; {@code stayH} is drawn by the pathway (it depends on condition and tier). */
    void admit(Patient p, double stayH) {
        Measures m = unit.measures;
        m.admissionRequests++;
        p.requestTime = sim.now();
        int line = p.pooledOnly() && pooledBeds > 0 ? POOLED_LINE : p.line();
        p.pooledOnly(false);
        if (spec.whenFull() != WhenFull.WAIT) {
            if (beds.tryAcquire(line)) {
                stay(p, line, stayH);
            } else {
                m.diverted++;
                Pathway pathway = facility.model.pathway();
                if (spec.whenFull() == WhenFull.ONWARD && pathway.onward.sendOn(facility, p, spec.maxOnward())) {
                    m.divertedOnward++;
                } else if (spec.whenFull() == WhenFull.ONWARD && pathway.continueAtClinic(facility, p)) {
                    // A full rehabilitation unit with nowhere to send the patient on: their hospital care is done, so
                    // they continue with their primary clinic (as a down-referral without rehabilitation does).
                    m.divertedHome++;
                } else {
                    // Out of options: only now is the need lost.
                    m.unserved++;
                    GroupTally g = pathway.groupOf(p);
                    if (g != null) g.unserved++;
                    pathway.diverted(facility, p);
                }
            }
            return;
        }
        beds.request(line, () -> stay(p, line, stayH));
    }

    /** The patient has a bed (the resource counted it already): record the wait and the new occupancy. */
    private void stay(Patient p, int line, double stayH) {
        Measures m = unit.measures;
        double wait = sim.now() - p.requestTime;
        m.waitAdmission.add(wait);
        // By the line the bed was asked on, which is the patient's source at the request.
        (line == Patient.REFERRED_LINE ? m.waitAdmissionReferred : m.waitAdmissionSelf).add(wait);
        if (wait > 0) m.admissionsWaited++;
        facility.model.pathway().log(p, EventSink.ADMIT, facility, wait);
        // Admitted: a later admission of the same patient starts its onward attempts afresh.
        if (p.rare != null) {
            p.rare.onwardTries = 0;
            p.rare.triedWards = null;
        }
        m.admissions++;
        GroupTally g = facility.model.pathway().groupOf(p);
        if (g != null) {
            g.admissions++;
            g.waitAdmission.add(wait);
        }
        occupancy.update(sim.now(), beds.inUse());
        sim.schedule(stayH, () -> discharge(p, line, stayH));
    }

    private void discharge(Patient p, int line, double stayH) {
        beds.release(line);
        // A waiting patient may have taken the bed at once (stay() then recorded the same level).
        occupancy.update(sim.now(), beds.inUse());
        unit.measures.lengthOfStay.add(stayH);
        facility.model.pathway().log(p, EventSink.DISCHARGE, facility, Double.NaN);
        facility.model.pathway().discharged(facility, p);
    }

    int inside() { return beds.inUse() + beds.waiting(); }
}

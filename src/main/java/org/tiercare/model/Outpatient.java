package org.tiercare.model;

import org.tiercare.dist.Sampler;
import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.Access;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.ReservationSpec;

/**
 * The outpatient department of a facility: doctors as a {@link Resource}, reached by walk-in or by
 * appointment. Waits run from the request (arrival for walk-in, booking for appointment) to the
 * start of the consult. Referred patients use the referral channel: reserved slots, a longer
 * booking window and, where the policy says so, the front of the day's queue.
 */
final class Outpatient {
    private final Simulation sim;
    private final Facility facility;
    /** The department (or the facility's one implicit unit) whose doctors these are and whose measures count. */
    final Unit unit;
    private final Sampler consultTime;
    final Resource doctors;
    final OpeningSchedule schedule;
    final SlotBook slots;
    /** Patients holding a booked slot who have not yet arrived (for flow conservation). */
    int booked;
    private final int doctorsOnDuty;
    /** Doctors of this facility away on outreach, and visiting specialists here now. */
    private int away;
    private int visiting;

    Outpatient(Simulation sim, Facility facility, OutpatientSpec spec, ReservationSpec reservation, Sampler consultTime) {
        this(sim, facility.units[0], spec, reservation, consultTime);
    }

    Outpatient(Simulation sim, Unit unit, OutpatientSpec spec, ReservationSpec reservation, Sampler consultTime) {
        this.sim = sim;
        this.facility = unit.facility;
        this.unit = unit;
        this.consultTime = consultTime;
        boolean referredFirst = spec.referredFirst() || reservation.referredFirst();
        this.doctors = new Resource(sim, 0, 2, referredFirst);
        this.doctorsOnDuty = spec.doctors();
        this.schedule = new OpeningSchedule(spec.hours());
        this.schedule.drive(sim, this::updateCapacity);
        this.slots = spec.access() == Access.APPOINTMENT
                ? new SlotBook(schedule, spec.slotsPerDay(), reservation.slotShare(), spec.bookingHorizonH(),
                        reservation.referralHorizonH(), reservation.releaseBeforeH())
                : null;
    }

    /** The patient asks for a consult now (walk-in: they are at the door; appointment: they book). */
    void request(Patient p) {
        if (slots == null) {
            double open = schedule.nextOpen(sim.now());
            if (open > sim.now() && !Double.isInfinite(open)) {
                // Nobody queues at a locked door overnight: walk-in patients come when it opens.
                booked++;
                sim.at(open, 0, p.next(Patient.DOOR, this));
                return;
            }
        }
        Measures m = unit.measures;
        m.outpatientRequests++;
        p.requestTime = sim.now();
        if (slots == null) {
            joinQueue(p);
            return;
        }
        boolean pooled = p.pooledSlotOnly() && slots.pooled();
        p.pooledSlotOnly(false);
        double slot = pooled ? slots.bookPooledTime(sim.now()) : slots.bookTime(sim.now(), p.referred());
        if (!Double.isNaN(slot) && pooled) m.pooledSlotsUsed++;
        if (Double.isNaN(slot)) {
            m.noSlot++;
            facility.model.pathway().noSlot(facility, p);
            return;
        }
        booked++;
        sim.at(slot, 0, p.next(slots.lastPool() == SlotBook.RESERVED ? Patient.SLOT_RESERVED : Patient.SLOT_GENERAL, this));
    }

    /** The patient's pending event here fired ({@link Patient#run}). */
    void step(Patient p, byte step) {
        switch (step) {
            case Patient.DOOR -> {
                booked--;
                request(p);
            }
            case Patient.SLOT_RESERVED, Patient.SLOT_GENERAL -> {
                booked--;
                if (step == Patient.SLOT_RESERVED) unit.measures.reservedSlotsUsed++;
                else unit.measures.generalSlotsUsed++;
                joinQueue(p);
            }
            // The line cannot change while the patient waits or is seen: nothing else touches them meanwhile.
            case Patient.CONSULT_START -> start(p, p.line());
            case Patient.CONSULT_END -> finish(p, p.line());
            default -> throw new IllegalStateException("not an outpatient step: " + step);
        }
    }

    private void joinQueue(Patient p) {
        doctors.request(p.line(), p.next(Patient.CONSULT_START, this));
    }

    private void start(Patient p, int line) {
        double wait = sim.now() - p.requestTime;
        if (facility.model.pathway().events != null) p.rare().consultWaitH = wait;
        Measures m = unit.measures;
        m.waitConsult.add(wait);
        facility.model.pathway().observeWait(facility, wait);
        (p.referred() ? m.waitConsultReferred : m.waitConsultSelf).add(wait);
        if (p.referred() && !Double.isNaN(p.referralTime)) {
            m.waitReferral.add(sim.now() - p.referralTime);
        }
        GroupTally g = facility.model.pathway().groupOf(p);
        if (g != null) {
            g.waitConsult.add(wait);
            if (p.referred() && !Double.isNaN(p.referralTime)) g.waitReferral.add(sim.now() - p.referralTime);
        }
        if (p.referred()) p.referralTime = Double.NaN;
        Patient.Rare r = p.rare;
        if (r != null && !Double.isNaN(r.allianceReferralTime) && r.allianceUnit == unit) {
            m.waitAllianceReferral.add(sim.now() - r.allianceReferralTime);
            r.allianceReferralTime = Double.NaN;
        }
        sim.schedule(consultTime.sample(), p.next(Patient.CONSULT_END, this));
    }

    private void finish(Patient p, int line) {
        doctors.release(line);
        facility.model.pathway().consulted(facility, p);
    }

    /**
     * Doctors seeing patients now: the facility's own while open, less those away on outreach, plus
     * visiting specialists (whose sessions keep their own hours).
     */
    private void updateCapacity() {
        int own = schedule.isOpen(sim.now()) ? Math.max(0, doctorsOnDuty - away) : 0;
        doctors.setCapacity(own + visiting);
    }

    /** Specialists leave for (+n) or come back from (-n) outreach. */
    void sendAway(int n) {
        away += n;
        updateCapacity();
    }

    /** A visiting specialist starts (+1) or ends (-1) a session here. */
    void visit(int n) {
        visiting += n;
        updateCapacity();
    }

    boolean specialistPresent() { return visiting > 0; }

    int inside() { return booked + doctors.inUse() + doctors.waiting(); }
}

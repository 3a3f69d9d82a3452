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
    private final Sampler consultTime;
    final Resource doctors;
    final OpeningSchedule schedule;
    final SlotBook slots;
    /** Patients holding a booked slot who have not yet arrived (for flow conservation). */
    int booked;

    Outpatient(Simulation sim, Facility facility, OutpatientSpec spec, ReservationSpec reservation, Sampler consultTime) {
        this.sim = sim;
        this.facility = facility;
        this.consultTime = consultTime;
        boolean referredFirst = spec.referredFirst() || reservation.referredFirst();
        this.doctors = new Resource(sim, 0, 2, referredFirst);
        this.schedule = new OpeningSchedule(spec.hours());
        this.schedule.drive(sim, doctors, spec.doctors());
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
                sim.at(open, 0, () -> {
                    booked--;
                    request(p);
                });
                return;
            }
        }
        Measures m = facility.measures;
        m.outpatientRequests++;
        p.requestTime = sim.now();
        if (slots == null) {
            joinQueue(p);
            return;
        }
        SlotBook.Booking b = slots.book(sim.now(), p.referred());
        if (b == null) {
            m.noSlot++;
            facility.model.pathway().noSlot(facility, p);
            return;
        }
        booked++;
        sim.at(b.time(), 0, () -> {
            booked--;
            if (b.pool() == SlotBook.RESERVED) facility.measures.reservedSlotsUsed++;
            else facility.measures.generalSlotsUsed++;
            joinQueue(p);
        });
    }

    private void joinQueue(Patient p) {
        int line = p.line();
        doctors.request(line, () -> start(p, line));
    }

    private void start(Patient p, int line) {
        double wait = sim.now() - p.requestTime;
        Measures m = facility.measures;
        m.waitConsult.add(wait);
        facility.model.pathway().observeWait(facility, wait);
        (p.referred() ? m.waitConsultReferred : m.waitConsultSelf).add(wait);
        if (p.referred() && !Double.isNaN(p.referralTime)) {
            m.waitReferral.add(sim.now() - p.referralTime);
            p.referralTime = Double.NaN;
        }
        sim.schedule(consultTime.sample(), () -> finish(p, line));
    }

    private void finish(Patient p, int line) {
        doctors.release(line);
        facility.model.pathway().consulted(facility, p);
    }

    int inside() { return booked + doctors.inUse() + doctors.waiting(); }
}

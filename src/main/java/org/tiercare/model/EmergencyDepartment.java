package org.tiercare.model;

import org.tiercare.dist.Sampler;
import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.EmergencyDepartmentSpec;

/**
 * An emergency department that queues: emergency patients wait for one of its doctors, one line per triage
 * level served in order (non-preemptive: a consult under way is never interrupted), first come first served
 * within a level. The wait runs from arrival to the start of the consult; after it the pathway admits the
 * patient (competing for the ward's beds like any admission) or sends them home. Consult times are drawn
 * on the department's own stream {@code ed-consult/<facility>}, so no other decision's draws move.
 */
final class EmergencyDepartment {
    private final Simulation sim;
    private final Facility facility;
    private final EmergencyDepartmentSpec spec;
    private final Sampler consultTime;
    final Resource doctors;
    final OpeningSchedule schedule;

    EmergencyDepartment(Simulation sim, Facility facility, EmergencyDepartmentSpec spec, RandomStreams streams) {
        this.sim = sim;
        this.facility = facility;
        this.spec = spec;
        this.consultTime = spec.consultTime().sampler(streams.stream("ed-consult/" + facility.id()));
        this.doctors = new Resource(sim, 0, spec.triageLevels(), true);
        this.schedule = new OpeningSchedule(spec.hours());
        // Patients arriving while the doctors are off duty wait for them (their wait counts): an emergency
        // does not go home to come back in the morning.
        this.schedule.drive(sim, () -> doctors.setCapacity(schedule.isOpen(sim.now()) ? spec.doctors() : 0));
    }

    /** The patient is at the door: triaged, they join their level's line. */
    void arrive(Patient p) {
        p.requestTime = sim.now();
        int level = spec.level(p.condition);
        doctors.request(level - 1, () -> start(p, level));
    }

    private void start(Patient p, int level) {
        double wait = sim.now() - p.requestTime;
        Measures m = facility.measures;
        m.waitEmergency.add(wait);
        if (level == 1) m.waitEmergencyTriage1.add(wait);
        facility.model.pathway().log(p, EventSink.CONSULT, facility, wait);
        sim.schedule(consultTime.sample(), () -> {
            doctors.release(level - 1);
            facility.model.pathway().emergencyConsulted(p, facility);
        });
    }

    int inside() { return doctors.inUse() + doctors.waiting(); }
}

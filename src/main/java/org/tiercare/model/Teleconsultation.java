package org.tiercare.model;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.dist.Sampler;
import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.TeleconsultationSpec;

/**
 * Remote consultation (远程会诊) before a referral up from primary care: after a scheduling delay the
 * case is discussed with an expert of the receiving hospital (a limited resource per hospital); a
 * share is resolved at the clinic, the rest go on to the physical referral.
 */
final class Teleconsultation {
    private final Simulation sim;
    private final TeleconsultationSpec spec;
    private final RandomGenerator tryRng;
    private final RandomGenerator resolveRng;
    private final Sampler consultTime;
    private final Map<Facility, Resource> experts = new HashMap<>();
    /** Patients between request and the end of their remote consult (for flow conservation). */
    int inside;

    Teleconsultation(Simulation sim, TeleconsultationSpec spec, RandomStreams streams) {
        this.sim = sim;
        this.spec = spec;
        this.tryRng = streams.stream("teleconsultation/try");
        this.resolveRng = streams.stream("teleconsultation/resolve");
        this.consultTime = spec.consultTime().sampler(streams.stream("teleconsultation/consult"));
    }

    /** Whether this would-be referral from {@code from} tries a remote consult first. */
    boolean tries(Facility from) {
        return spec.share() > 0 && from.spec.tier().isPrimary() && tryRng.nextDouble() < spec.share();
    }

    /** Remote consult with {@code to}'s experts; then {@code resolved} or {@code referred} runs. */
    void consult(Facility from, Facility to, Runnable resolved, Runnable referred) {
        from.measures.teleconsultations++;
        inside++;
        Resource r = experts.computeIfAbsent(to, h -> new Resource(sim, spec.experts(), 1));
        sim.schedule(spec.delayH(), () -> r.request(0, () -> sim.schedule(consultTime.sample(), () -> {
            r.release(0);
            inside--;
            if (resolveRng.nextDouble() < spec.resolvedShare()) {
                from.measures.teleResolved++;
                resolved.run();
            } else {
                referred.run();
            }
        })));
    }
}

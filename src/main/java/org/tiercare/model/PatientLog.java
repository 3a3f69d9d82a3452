package org.tiercare.model;

import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.engine.Simulation;

/**
 * The pathway's side of {@code --event-log}: numbers patients at their first event and keeps a share of them, drawn
 * on a stream of its own ({@code event-log-sample}), so that logging (and sampling) never changes what any other
 * stream draws: a run with a log gives the same results as one without.
 */
final class PatientLog {
    /** {@link Patient#logId} of a patient the sample left out. */
    static final long LEFT_OUT = -1;

    private final Simulation sim;
    private final EventSink sink;
    private final double share;
    private final RandomGenerator sampleRng;
    private long patients;

    PatientLog(Simulation sim, EventSink sink, double share, RandomGenerator sampleRng) {
        this.sim = sim;
        this.sink = sink;
        this.share = share;
        this.sampleRng = sampleRng;
    }

    void event(Patient p, String event, Facility f, double waitH) {
        Patient.Rare r = p.rare();
        if (r.logId == 0) r.logId = share >= 1 || sampleRng.nextDouble() < share ? ++patients : LEFT_OUT;
        if (r.logId == LEFT_OUT) return;
        sink.event(r.logId, sim.now(), event, f == null ? null : f.id(), p.condition == null ? null : p.condition.id(),
                p.referred() ? "referred" : "self", waitH);
    }
}

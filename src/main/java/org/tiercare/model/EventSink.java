package org.tiercare.model;

/**
 * Receives one replication's per-patient events in simulated-time order ({@code --event-log}). Called from the
 * replication's own thread; one sink per replication.
 */
public interface EventSink {
    /** Event names, a contract like metric names (README "Per-patient event log"). */
    String NEED = "need", CONSULT = "consult", REFER_UP = "refer_up", REFER_DOWN = "refer_down", REFER_ACROSS = "refer_across",
            ADMIT = "admit", DISCHARGE = "discharge", NO_SLOT = "no_slot", UNSERVED = "unserved", LEAVE = "leave";

    /**
     * @param patient   the patient's number in this replication (from 1, in order of their first event)
     * @param facility  facility id, or null (a need before its first facility; a patient out of reach)
     * @param condition condition id, or null for patients of fixed arrival streams
     * @param source    {@code referred} or {@code self}: how the patient came to this step
     * @param waitH     the wait that ended here (consult, bed), in hours; NaN when the event ends none
     */
    void event(long patient, double timeH, String event, String facility, String condition, String source, double waitH);
}

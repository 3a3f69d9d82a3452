package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/**
 * An emergency department that queues ({@code facilities[].emergency_department}): emergency patients wait for
 * one of its doctors in triage order (most urgent first, non-preemptive, first come first served within a
 * level), are seen for {@code consultTime}, then are admitted or go home. A facility with {@code emergency: true}
 * but without this section sees its emergencies at once, as before.
 *
 * @param doctors      emergency doctors on duty while open
 * @param consultTime  hours of one emergency consult
 * @param hours        when the doctors are on duty ({@link OpeningHours#ALWAYS} by default)
 * @param triageLevels triage levels (1 most urgent … {@code triageLevels}); 5 by default, as China's
 *                     four-level triage with its urgent level split
 */
public record EmergencyDepartmentSpec(int doctors, Distribution consultTime, OpeningHours hours, int triageLevels) {

    public static final int DEFAULT_TRIAGE_LEVELS = 5;

    /**
     * The triage level of a condition here: its own {@code triage} if set, else from its severity (the most
     * severe level first), both held within this department's levels.
     */
    public int level(ConditionSpec c) {
        int t = c == null ? triageLevels : c.triage() > 0 ? c.triage() : triageLevels + 1 - c.severity();
        return Math.max(1, Math.min(triageLevels, t));
    }
}

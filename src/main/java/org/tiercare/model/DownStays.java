package org.tiercare.model;

import java.util.HashMap;
import java.util.Map;
import org.tiercare.dist.Distribution;
import org.tiercare.dist.Sampler;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.Scenario;

/**
 * Stays of patients who will be referred down at discharge, for conditions with a
 * {@code length_of_stay_when_referred_down}: drawn by the tier of the destination foreseen at admission (a
 * rehabilitation unit, or the patient's primary clinic) in place of the usual stay × {@code policy.down_referral_stay_factor}.
 * Each admitting facility and condition draws on its own stream {@code stay-down/<facility>/<condition>/<destination tier>}, created only
 * when used, so scenarios without the key draw nothing more.
 */
final class DownStays {
    private final RandomStreams streams;
    private final Map<String, Sampler> samplers = new HashMap<>();
    private final boolean any;

    DownStays(Scenario scenario, RandomStreams streams) {
        this.streams = streams;
        this.any = scenario.conditions().stream().anyMatch(c -> !c.lengthOfStayWhenReferredDown().isEmpty());
    }

    /** Whether the patient's condition has stays of its own for down-referred patients. */
    boolean has(Patient p) {
        return any && p.condition != null && !p.condition.lengthOfStayWhenReferredDown().isEmpty();
    }

    /** The stay in hours at {@code at} of a patient going on to {@code destination}; NaN when none is given for it. */
    double draw(Patient p, Facility at, Facility destination) {
        if (destination == null) return Double.NaN;
        ConditionSpec c = p.condition;
        Distribution d = c.lengthOfStayWhenReferredDown().get(destination.spec.tier());
        if (d == null) return Double.NaN;
        String key = at.id() + "/" + c.id() + "/" + destination.spec.tier().yamlName;
        return samplers.computeIfAbsent(key, k -> d.sampler(streams.stream("stay-down/" + k))).sample();
    }
}

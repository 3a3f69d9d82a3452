package org.tiercare.scenario;

import java.util.Map;

/**
 * Multinomial-logit choice of first-contact facility for patients not held by a family-doctor
 * contract: utility = tier constant + travelPerHour × travel hours + waitPerHour × expected wait,
 * where the expected wait is the facility's mean wait as observed {@code waitInfoDelayH} ago.
 */
public record ChoiceSpec(Map<Tier, Double> tierConstant, double travelPerHour, double waitPerHour,
                         double waitInfoDelayH, double maxTravelH) {}

package org.tiercare.scenario;

import java.util.Map;

/**
 * Multinomial-logit choice of first-contact facility for patients not held by a family-doctor
 * contract: utility = tier constant + travelPerHour × travel hours + waitPerHour × expected wait
 * + pricePerYuan × out-of-pocket price of the visit, where the expected wait is the facility's mean wait
 * as observed {@code waitInfoDelayH} ago and the price is what the patient would pay there without a
 * referral ({@link MoneySpec}; 0 without a money section). {@code pricePerYuan} 0 (the default) leaves
 * the model exactly as without a price term.
 */
public record ChoiceSpec(Map<Tier, Double> tierConstant, double travelPerHour, double waitPerHour,
                         double waitInfoDelayH, double maxTravelH, double pricePerYuan) {

    /** A choice model without a price term. */
    public ChoiceSpec(Map<Tier, Double> tierConstant, double travelPerHour, double waitPerHour,
                      double waitInfoDelayH, double maxTravelH) {
        this(tierConstant, travelPerHour, waitPerHour, waitInfoDelayH, maxTravelH, 0);
    }
}

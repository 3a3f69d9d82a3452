package org.tiercare.scenario;

import java.util.Map;
import org.tiercare.dist.Distribution;

/**
 * A class of care needs.
 *
 * @param share                   share of new needs that are of this condition (shares sum to 1)
 * @param severity                compared with a facility's capability: above it, the case is referred up
 * @param emergency               goes straight to the nearest emergency department
 * @param admissionProbability    chance a consult ends in admission, by tier of the consulting facility
 * @param lengthOfStay            hours, by tier of the admitting facility
 * @param downReferralProbability chance a discharged inpatient continues care below (rehab or primary)
 * @param followUp                revisits of a chronic condition, or null
 */
public record ConditionSpec(String id, double share, int severity, boolean emergency,
                            Map<Tier, Double> admissionProbability, Map<Tier, org.tiercare.dist.Distribution> lengthOfStay,
                            double downReferralProbability, FollowUp followUp) {

    /**
     * Chronic follow-up: {@code visits} more consults, {@code intervalH} apart; with a long
     * prescription (share of patients) the interval is {@code longPrescriptionIntervalH}.
     */
    public record FollowUp(int visits, double intervalH, double longPrescriptionShare, double longPrescriptionIntervalH) {}

    public double admissionProbability(Tier tier) {
        // Not getOrDefault(tier, 0.0): that boxes the default on every call, once per consult (0.26 GB per city-year).
        Double p = admissionProbability.get(tier);
        return p == null ? 0.0 : p;
    }

    public Distribution lengthOfStay(Tier tier) {
        return lengthOfStay.get(tier);
    }
}

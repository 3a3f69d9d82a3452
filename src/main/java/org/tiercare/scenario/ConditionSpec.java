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
 * @param lengthOfStayWhenReferredDown hours, by tier of the destination foreseen at admission for a patient who will
 *                                continue care below ({@code rehab}, or the tier of their primary clinic); where
 *                                given it replaces the stay × {@code policy.down_referral_stay_factor}
 * @param triage                  triage level at an emergency department that queues (1 most urgent); 0: from severity
 * @param department              id of the department that serves it at facilities with departments (null: their first)
 * @param facilityTypes           types of facility its referrals up and admissions prefer within the grid (empty: any)
 */
public record ConditionSpec(String id, double share, int severity, boolean emergency,
                            Map<Tier, Double> admissionProbability, Map<Tier, org.tiercare.dist.Distribution> lengthOfStay,
                            double downReferralProbability, FollowUp followUp,
                            Map<Tier, org.tiercare.dist.Distribution> lengthOfStayWhenReferredDown, int triage,
                            String department, java.util.List<FacilityType> facilityTypes) {

    public ConditionSpec {
        lengthOfStayWhenReferredDown = lengthOfStayWhenReferredDown == null ? Map.of() : lengthOfStayWhenReferredDown;
        facilityTypes = facilityTypes == null ? java.util.List.of() : java.util.List.copyOf(facilityTypes);
    }

    /** A condition whose down-referred patients' stay is shortened by the policy's factor and whose triage follows its severity. */
    public ConditionSpec(String id, double share, int severity, boolean emergency,
                         Map<Tier, Double> admissionProbability, Map<Tier, org.tiercare.dist.Distribution> lengthOfStay,
                         double downReferralProbability, FollowUp followUp) {
        this(id, share, severity, emergency, admissionProbability, lengthOfStay, downReferralProbability, followUp, Map.of(), 0,
                null, java.util.List.of());
    }

    /** A condition with stays by down-referral destination, whose triage follows its severity. */
    public ConditionSpec(String id, double share, int severity, boolean emergency,
                         Map<Tier, Double> admissionProbability, Map<Tier, org.tiercare.dist.Distribution> lengthOfStay,
                         double downReferralProbability, FollowUp followUp,
                         Map<Tier, org.tiercare.dist.Distribution> lengthOfStayWhenReferredDown) {
        this(id, share, severity, emergency, admissionProbability, lengthOfStay, downReferralProbability, followUp,
                lengthOfStayWhenReferredDown, 0, null, java.util.List.of());
    }

    /** A condition with a triage level, whose down-referred patients' stay is shortened by the policy's factor. */
    public ConditionSpec(String id, double share, int severity, boolean emergency,
                         Map<Tier, Double> admissionProbability, Map<Tier, org.tiercare.dist.Distribution> lengthOfStay,
                         double downReferralProbability, FollowUp followUp, int triage) {
        this(id, share, severity, emergency, admissionProbability, lengthOfStay, downReferralProbability, followUp, Map.of(), triage,
                null, java.util.List.of());
    }

    /** A condition with a department and preferred facility types. */
    public ConditionSpec(String id, double share, int severity, boolean emergency,
                         Map<Tier, Double> admissionProbability, Map<Tier, Distribution> lengthOfStay,
                         double downReferralProbability, FollowUp followUp, String department,
                         java.util.List<FacilityType> facilityTypes) {
        this(id, share, severity, emergency, admissionProbability, lengthOfStay, downReferralProbability, followUp, Map.of(), 0,
                department, facilityTypes);
    }

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

package org.tiercare.scenario;

/**
 * Group-wide policy levers.
 *
 * @param reservation            applied to every lead hospital unless the hospital sets its own
 * @param contractCoverage       share of residents with a family-doctor contract (zones may override)
 * @param gatekeepingCompliance  chance a contracted resident goes to their own primary clinic first
 * @param referralCompliance     chance a patient told to go up takes the referral; otherwise they go on their own
 * @param referralRule           where primary care refers up: the grid's secondary first, or the lead
 * @param downReferralStayFactor hospital stay multiplied by this when the patient is referred down
 */
public record PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                         double referralCompliance, ReferralRule referralRule, double downReferralStayFactor) {

    public enum ReferralRule { SECONDARY_FIRST, LEAD }
}

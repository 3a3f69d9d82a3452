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
 * @param crossGrid              when referrals, down-referrals and onward diversions may go to another grid
 * @param pooledBedShare         share of each grid hospital's beds (0..1) open to other groups' patients when
 *                               {@code crossGrid} is {@link CrossGrid#NEVER}
 * @param pooledSlotShare        share of each grid hospital's appointment slots (0..1) open to referrals from other
 *                               groups' facilities when {@code crossGrid} is {@link CrossGrid#NEVER}
 * @param crossGridTypes         facilities of these types serve patients of every grid whatever {@code crossGrid} says
 *                               (2023 notice: 康复、护理、妇幼等机构可以跨网格提供服务); empty by default
 */
public record PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                         double referralCompliance, ReferralRule referralRule, double downReferralStayFactor,
                         CrossGrid crossGrid, double pooledBedShare, double pooledSlotShare,
                         java.util.Set<FacilityType> crossGridTypes) {

    public PolicySpec {
        crossGridTypes = crossGridTypes == null || crossGridTypes.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(crossGridTypes));
    }

    /** Without facility types that cross grids. */
    public PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                      double referralCompliance, ReferralRule referralRule, double downReferralStayFactor,
                      CrossGrid crossGrid, double pooledBedShare, double pooledSlotShare) {
        this(reservation, contractCoverage, gatekeepingCompliance, referralCompliance, referralRule, downReferralStayFactor,
                crossGrid, pooledBedShare, pooledSlotShare, java.util.Set.of());
    }

    /** Without pooled slots. */
    public PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                      double referralCompliance, ReferralRule referralRule, double downReferralStayFactor,
                      CrossGrid crossGrid, double pooledBedShare, java.util.Set<FacilityType> crossGridTypes) {
        this(reservation, contractCoverage, gatekeepingCompliance, referralCompliance, referralRule, downReferralStayFactor,
                crossGrid, pooledBedShare, 0, crossGridTypes);
    }

    /** Without pooled slots or facility types that cross grids. */
    public PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                      double referralCompliance, ReferralRule referralRule, double downReferralStayFactor,
                      CrossGrid crossGrid, double pooledBedShare) {
        this(reservation, contractCoverage, gatekeepingCompliance, referralCompliance, referralRule, downReferralStayFactor,
                crossGrid, pooledBedShare, 0, java.util.Set.of());
    }

    public enum ReferralRule { SECONDARY_FIRST, LEAD }

    /**
     * Care across grids (2023 notice: rehabilitation, nursing and maternal-child units 可以跨网格提供服务).
     * NEVER: only the own grid and collaborating units (the default). WHEN_FULL: another grid's facility when the
     * own grid has none able to take the case, or the own target's beds are all taken. NEAREST: the nearest able
     * facility whatever its grid.
     */
    public enum CrossGrid { NEVER, WHEN_FULL, NEAREST }

    /** Without care across grids or pooled beds (as before these levers existed). */
    public PolicySpec(ReservationSpec reservation, double contractCoverage, double gatekeepingCompliance,
                      double referralCompliance, ReferralRule referralRule, double downReferralStayFactor) {
        this(reservation, contractCoverage, gatekeepingCompliance, referralCompliance, referralRule, downReferralStayFactor,
                CrossGrid.NEVER, 0);
    }
}

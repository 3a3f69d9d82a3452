package org.tiercare.scenario;

/**
 * Capacity a hospital keeps for referrals from primary care (资源下沉 levers).
 *
 * @param slotShare         share of each day's appointment slots reserved for the referral channel
 * @param bedShare          share of beds reserved for referred admissions
 * @param referralHorizonH  how far ahead the referral channel may book (the public uses the booking horizon)
 * @param releaseBeforeH    unused reserved slots open to everyone this long before their time
 * @param referredFirst     referred patients go first in the day's consult queue and the admission queue
 */
public record ReservationSpec(double slotShare, double bedShare, double referralHorizonH, double releaseBeforeH,
                              boolean referredFirst) {
    public static final ReservationSpec NONE = new ReservationSpec(0, 0, 0, 0, false);
}

package org.tiercare.scenario;

import java.util.List;

/**
 * A specialty alliance (专科联盟 / 专科医联体, e.g. Jiading's hypertension and diabetes alliance): member facilities
 * refer cases of the alliance's conditions that they cannot resolve straight to the lead, across grids if need be.
 *
 * @param conditions    condition ids the alliance covers
 * @param lead          the facility that receives the alliance's referrals
 * @param members       facilities that refer through the alliance
 * @param department    the lead's department that sees them (null: the department of the patient's condition)
 * @param referredFirst referred patients go first at the lead's department (non-preemptive)
 * @param slotShare     share (0..1) of the lead department's appointment slots kept for the referral channel, at
 *                      least (the larger of this and the department's own reservation)
 */
public record AllianceSpec(String id, String name, List<String> conditions, String lead, List<String> members,
                           String department, boolean referredFirst, double slotShare) {

    public AllianceSpec {
        conditions = List.copyOf(conditions);
        members = List.copyOf(members);
    }
}

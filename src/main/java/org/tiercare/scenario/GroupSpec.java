package org.tiercare.scenario;

import java.util.Map;

/**
 * A population group (重点人群: the elderly, chronic patients, children…): a disjoint part of every zone's residents
 * whose demand, condition mix, contract coverage and choice may differ from the rest. A resident is in one group at
 * most; residents in none form "the rest", who keep the scenario's rates.
 *
 * @param share            default share of every zone's residents in the group (0..1; a zone may override it)
 * @param demandFactor     multiplies {@code demand.contacts_per_resident_year} for the group's residents
 * @param conditions       condition id → share (summing to 1) replacing the scenario's (and zone's) mix; empty: none
 * @param contractCoverage family-doctor contract coverage of the group, replacing the policy's and the zone's; NaN: none
 * @param tierConstants    added to the choice model's tier constants for the group's patients; empty: none
 */
public record GroupSpec(String id, String name, double share, double demandFactor, Map<String, Double> conditions,
                        double contractCoverage, Map<Tier, Double> tierConstants) {

    public GroupSpec {
        conditions = conditions == null ? Map.of() : conditions;
        tierConstants = tierConstants == null ? Map.of() : tierConstants;
    }
}

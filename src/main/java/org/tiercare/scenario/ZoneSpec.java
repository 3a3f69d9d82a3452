package org.tiercare.scenario;

import java.util.Map;

/**
 * A population zone (街道/乡镇/社区): coordinates in km, residents, and the share of residents with a
 * family-doctor contract (NaN: the policy's group-wide coverage).
 *
 * @param groupShares     population group id → share of the zone's residents, replacing the group's default share
 * @param conditionShares condition id → share of the needs of the zone's residents (those in a group without a mix
 *                        of its own, and the rest), replacing the scenario's shares; empty: the scenario's
 */
public record ZoneSpec(String id, String name, double x, double y, long residents, double contractCoverage,
                       Map<String, Double> groupShares, Map<String, Double> conditionShares) {

    public ZoneSpec {
        groupShares = groupShares == null ? Map.of() : groupShares;
        conditionShares = conditionShares == null ? Map.of() : conditionShares;
    }

    /** A zone with the groups' default shares and the scenario's condition mix. */
    public ZoneSpec(String id, String name, double x, double y, long residents, double contractCoverage) {
        this(id, name, x, y, residents, contractCoverage, Map.of(), Map.of());
    }
}

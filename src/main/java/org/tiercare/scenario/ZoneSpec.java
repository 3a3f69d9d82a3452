package org.tiercare.scenario;

/**
 * A population zone (街道/乡镇/社区): coordinates in km, residents, and the share of residents with a
 * family-doctor contract (NaN: the policy's group-wide coverage).
 */
public record ZoneSpec(String id, String name, double x, double y, long residents, double contractCoverage) {}

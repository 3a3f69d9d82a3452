package org.tiercare.scenario;

/** Facility tiers of the Chinese tiered-care system, as written in scenarios. */
public enum Tier {
    TERTIARY("tertiary"), SECONDARY("secondary"), COMMUNITY("community"),
    TOWNSHIP("township"), VILLAGE("village"), REHAB("rehab");

    public final String yamlName;

    Tier(String yamlName) { this.yamlName = yamlName; }

    /** Primary care (基层): community health centres and stations, township centres, village clinics. */
    public boolean isPrimary() { return this == COMMUNITY || this == TOWNSHIP || this == VILLAGE; }

    public boolean isHospital() { return this == TERTIARY || this == SECONDARY; }
}

package org.tiercare.report;

/** Referrals from one facility to another over the run (e.g. mean per replication): a line of width ∝ volume. */
public record MapFlow(String fromId, String toId, double volume) {}

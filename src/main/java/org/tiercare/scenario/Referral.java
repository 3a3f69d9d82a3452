package org.tiercare.scenario;

/**
 * One row of a fixed referral table: after a consult at {@code from}, the patient is referred to
 * {@code to} with this probability (a Jackson network when consults are exponential). The rows
 * leaving one facility sum to at most 1; the remainder leaves the system.
 */
public record Referral(String from, String to, double probability) {}

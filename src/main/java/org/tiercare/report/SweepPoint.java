package org.tiercare.report;

/**
 * One point of a parameter sweep: which variant ran at which lever value. With several levers (a full
 * factorial), {@code series} names the values of the other levers (e.g. "outreach=2"), so each
 * combination gets its own line; with one lever it is empty.
 */
public record SweepPoint(String variant, double leverValue, String series) {
    public SweepPoint(String variant, double leverValue) { this(variant, leverValue, ""); }
}

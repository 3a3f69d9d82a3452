package org.tiercare.scenario;

/**
 * Capability uplift of a clinic (半托管 semi-custody of departments, training): its capability rises
 * to {@code capability}, starting at {@code startH} and ramping one level at a time, evenly, over
 * {@code rampH} (0: at once).
 */
public record UpliftSpec(String facility, int capability, double startH, double rampH) {}

package org.tiercare.metric;

/**
 * What sort of quantity a metric is, which decides how it is shown and how a change is worded
 * (a time gets "shorter", a count "fewer", a share "lower").
 */
public enum Kind {
    /** Events counted over the measured period (visits, admissions). */
    COUNT(1),
    /** A ratio between 0 and 1, stored as a fraction, shown as a percentage, differences in percentage points. */
    SHARE(0.005),
    /** A duration in hours. */
    TIME(0.05),
    /** A time-average level (patients waiting, beds occupied). */
    LEVEL(0.5),
    /** Events per unit of capacity (consults per doctor-day). */
    RATE(0.05),
    /** An amount of money in yuan over the measured period, or per visit, stay or resident-year. */
    MONEY(1);

    private final double precisionFloor;

    Kind(double precisionFloor) { this.precisionFloor = precisionFloor; }

    /**
     * A 95 % half-width at or below this is precise enough whatever the mean: one event, half a percentage point,
     * three minutes, half a patient, 0.05 consults per doctor-day, one yuan. Without it, a metric near zero (a diversion share
     * of 0.004 %) would never count as precise, since 10 % of almost nothing is nothing.
     */
    public double precisionFloor() { return precisionFloor; }
}

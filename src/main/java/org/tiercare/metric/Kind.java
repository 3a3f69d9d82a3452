package org.tiercare.metric;

/**
 * What sort of quantity a metric is, which decides how it is shown and how a change is worded
 * (a time gets "shorter", a count "fewer", a share "lower").
 */
public enum Kind {
    /** Events counted over the measured period (visits, admissions). */
    COUNT,
    /** A ratio between 0 and 1, stored as a fraction, shown as a percentage, differences in percentage points. */
    SHARE,
    /** A duration in hours. */
    TIME,
    /** A time-average level (patients waiting, beds occupied). */
    LEVEL,
    /** Events per unit of capacity (consults per doctor-day). */
    RATE
}

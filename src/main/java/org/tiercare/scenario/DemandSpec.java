package org.tiercare.scenario;

import java.util.List;

/**
 * Care needs arising in zones as a non-homogeneous Poisson process:
 * residents × contacts per resident-year × hour-of-day × day-of-week × month factor × surges.
 * The profile arrays are relative weights, normalised to mean 1 when loaded.
 */
public record DemandSpec(double contactsPerResidentYear, double[] hourOfDay, double[] dayOfWeek, double[] monthOfYear,
                         List<SurgeSpec> surges) {

    /** An epidemic wave: demand × multiplier between start and end (hours), in the listed zones or everywhere. */
    public record SurgeSpec(double startH, double endH, double multiplier, List<String> zones) {}
}

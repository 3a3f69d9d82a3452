package org.tiercare.scenario;

import java.util.List;

/**
 * Care needs arising in zones as a non-homogeneous Poisson process:
 * residents × contacts per resident-year × hour-of-day × day-of-week × month factor × surges.
 * The profile arrays are relative weights, normalised to mean 1 when loaded.
 *
 * @param start how the run begins: with chronic follow-ups already under way ({@link Start#STEADY}) or empty
 */
public record DemandSpec(double contactsPerResidentYear, double[] hourOfDay, double[] dayOfWeek, double[] monthOfYear,
                         List<SurgeSpec> surges, Start start) {

    /**
     * The state at time 0. {@code STEADY}: every condition with a follow-up starts with the patients who
     * would be between follow-up visits in steady state (drawn from the stationary follow-up process);
     * {@code EMPTY}: nobody is under way, follow-ups build up over the first months.
     */
    public enum Start { STEADY, EMPTY }

    /** An epidemic wave: demand × multiplier between start and end (hours), in the listed zones or everywhere. */
    public record SurgeSpec(double startH, double endH, double multiplier, List<String> zones) {}
}

package org.tiercare.scenario;

/**
 * Patients arriving from a zone at a constant Poisson rate, each going to one named facility.
 * This is the direct form of demand (queueing-theory corner cases, calibration); later demand
 * models generate the same patients through the pathway.
 *
 * @param zone                 origin zone, or null
 * @param ratePerHour          Poisson arrival rate, patients per hour
 * @param entry                outpatient consult, or straight to a bed
 * @param source               referred or self-presenting (decides priority where it applies)
 * @param admissionProbability chance that an outpatient consult ends in admission to the facility's beds
 * @param lengthOfStay         hours in a bed of the stream's patients, replacing the ward's default; null: the ward's
 */
public record ArrivalStream(String zone, String facility, double ratePerHour, Entry entry, PatientSource source,
                            double admissionProbability, org.tiercare.dist.Distribution lengthOfStay) {

    /** A stream whose admitted patients stay as long as the ward's default. */
    public ArrivalStream(String zone, String facility, double ratePerHour, Entry entry, PatientSource source,
                         double admissionProbability) {
        this(zone, facility, ratePerHour, entry, source, admissionProbability, null);
    }
}

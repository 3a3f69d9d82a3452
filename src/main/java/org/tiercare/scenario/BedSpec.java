package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/**
 * Inpatient beds: count, length of stay (hours), and what happens when all are taken.
 *
 * @param maxOnward with {@link WhenFull#ONWARD}: how many more hospitals a patient turned away here tries
 *                  in all (counting from their first diversion) before they are lost
 */
public record BedSpec(int count, Distribution lengthOfStay, WhenFull whenFull, boolean referredFirst, int maxOnward) {

    /** The default number of onward attempts: the next hospital, and one more. */
    public static final int DEFAULT_MAX_ONWARD = 2;

    public BedSpec(int count, Distribution lengthOfStay, WhenFull whenFull, boolean referredFirst) {
        this(count, lengthOfStay, whenFull, referredFirst, DEFAULT_MAX_ONWARD);
    }
}

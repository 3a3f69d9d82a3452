package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/** Inpatient beds: count, length of stay (hours), and what happens when all are taken. */
public record BedSpec(int count, Distribution lengthOfStay, WhenFull whenFull, boolean referredFirst) {}

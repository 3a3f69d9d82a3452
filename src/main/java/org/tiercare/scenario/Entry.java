package org.tiercare.scenario;

/** Where an arriving patient enters a facility: the outpatient consult, or straight to a bed. */
public enum Entry { OUTPATIENT, ADMISSION }

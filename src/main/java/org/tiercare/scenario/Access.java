package org.tiercare.scenario;

/** How patients reach a doctor: queue on arrival, or book a slot first. */
public enum Access { WALK_IN, APPOINTMENT }

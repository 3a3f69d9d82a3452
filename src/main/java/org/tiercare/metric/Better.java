package org.tiercare.metric;

/**
 * Which direction of change is an improvement. Utilisation and occupancy are {@link #NEITHER}: higher
 * load is efficiency to one planner and overload to another, and its cost already shows in the waits,
 * diversions and unserved needs, which are judged. Volumes (visits, referrals, admissions) are NEITHER too.
 */
public enum Better { LOWER, HIGHER, NEITHER }

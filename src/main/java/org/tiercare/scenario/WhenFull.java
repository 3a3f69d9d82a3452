package org.tiercare.scenario;

/** What an admission does when no bed is free: wait in the admission queue, or be diverted (lost). */
public enum WhenFull { WAIT, DIVERT }

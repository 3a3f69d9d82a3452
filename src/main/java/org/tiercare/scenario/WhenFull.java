package org.tiercare.scenario;

/**
 * What an admission does when no bed is free: wait in the admission queue, be diverted (lost), or be
 * diverted onward to the next eligible hospital (in the grid, then other grids as the policy allows, then
 * a collaborating unit), at most {@link BedSpec#maxOnward()} times.
 */
public enum WhenFull { WAIT, DIVERT, ONWARD }

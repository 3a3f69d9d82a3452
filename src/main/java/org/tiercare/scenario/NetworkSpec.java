package org.tiercare.scenario;

import java.util.List;

/**
 * The travel network. Zones and facilities are the vertices; travel time between any zone and
 * facility is the shortest path over the edges. Without edges, every pair is joined directly by
 * straight-line distance × detour factor / speed.
 *
 * @param speedKmh      speed used for edges given in km or derived from coordinates
 * @param detourFactor  road distance / straight-line distance, for derived edges
 * @param localAccessH  travel time from a zone to a facility standing in it
 */
public record NetworkSpec(double speedKmh, double detourFactor, double localAccessH, List<EdgeSpec> edges) {
    public static final NetworkSpec DEFAULT = new NetworkSpec(30, 1.3, 10.0 / 60, List.of());
}

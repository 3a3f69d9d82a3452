package org.tiercare.report;

import java.util.List;

/** A specialist outreach tour: the facilities visited in order, drawn as a dashed polyline. */
public record MapTour(List<String> facilityIds) {
    public MapTour {
        facilityIds = List.copyOf(facilityIds);
    }
}

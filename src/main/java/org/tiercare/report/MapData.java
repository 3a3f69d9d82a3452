package org.tiercare.report;

import java.util.List;

/**
 * What the grid-layout map draws. The model fills it. {@code title} is drawn as given; without one the map
 * is titled in the chart's language. {@code loadLabel} says what {@link MapFacility#load()} is, for the
 * caption: a metric's CSV name (e.g. {@code outpatient_utilization}, then shown by its name in the chart's
 * language) or text shown as given; without one the caption speaks of "load".
 */
public record MapData(String title, List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows,
                      List<MapTour> tours, String loadLabel) {
    public MapData {
        zones = List.copyOf(zones);
        facilities = List.copyOf(facilities);
        flows = List.copyOf(flows);
        tours = List.copyOf(tours);
        if (title != null && title.isBlank()) title = null;
        if (loadLabel != null && loadLabel.isBlank()) loadLabel = null;
    }

    public MapData(List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows, List<MapTour> tours) {
        this(null, zones, facilities, flows, tours, null);
    }
}

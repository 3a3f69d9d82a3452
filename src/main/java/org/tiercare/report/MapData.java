package org.tiercare.report;

import java.util.List;

/**
 * What the grid-layout map draws. The model fills it. {@code layout} is the id of the layout drawn (named in
 * the map's title), or null. {@code loadLabel} says what {@link MapFacility#load()} is, for the
 * caption: a metric's CSV name (e.g. {@code outpatient_utilization}, then shown by its name in the chart's
 * language) or text shown as given; without one the caption speaks of "load".
 */
public record MapData(String layout, List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows,
                      List<MapTour> tours, String loadLabel) {
    public MapData {
        zones = List.copyOf(zones);
        facilities = List.copyOf(facilities);
        flows = List.copyOf(flows);
        tours = List.copyOf(tours);
        if (layout != null && layout.isBlank()) layout = null;
        if (loadLabel != null && loadLabel.isBlank()) loadLabel = null;
    }

    public MapData(List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows, List<MapTour> tours) {
        this(null, zones, facilities, flows, tours, null);
    }
}

package org.tiercare.report;

import java.util.List;

/**
 * What the grid-layout map draws. The model fills it; {@code loadLabel} says what {@link MapFacility#load()}
 * is (e.g. "outpatient utilisation"), for the legend and caption.
 */
public record MapData(String title, List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows,
                      List<MapTour> tours, String loadLabel) {
    public MapData {
        zones = List.copyOf(zones);
        facilities = List.copyOf(facilities);
        flows = List.copyOf(flows);
        tours = List.copyOf(tours);
        if (title == null || title.isBlank()) title = "Grid layout";
        if (loadLabel == null || loadLabel.isBlank()) loadLabel = "load";
    }

    public MapData(List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows, List<MapTour> tours) {
        this("Grid layout", zones, facilities, flows, tours, "load");
    }
}

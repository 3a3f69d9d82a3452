package org.tiercare.report;

import java.util.List;

/**
 * What one grid-layout map draws. The model fills it. {@code layout} is the id of the layout drawn, or null;
 * {@code variant} the id of the variant whose run the flows and tours come from, or null when only one ran;
 * both are named in the map's title and caption. {@code loadLabel} says what {@link MapFacility#load()} is,
 * for the caption: a metric's CSV name (e.g. {@code outpatient_utilization}, then shown by its name in the
 * chart's language) or text shown as given; without one the caption speaks of "load".
 */
public record MapData(String layout, String variant, List<MapZone> zones, List<MapFacility> facilities,
                      List<MapFlow> flows, List<MapTour> tours, String loadLabel) {
    public MapData {
        zones = List.copyOf(zones);
        facilities = List.copyOf(facilities);
        flows = List.copyOf(flows);
        tours = List.copyOf(tours);
        if (layout != null && layout.isBlank()) layout = null;
        if (variant != null && variant.isBlank()) variant = null;
        if (loadLabel != null && loadLabel.isBlank()) loadLabel = null;
    }

    /** A map not tied to a variant. */
    public MapData(String layout, List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows,
                   List<MapTour> tours, String loadLabel) {
        this(layout, null, zones, facilities, flows, tours, loadLabel);
    }

    public MapData(List<MapZone> zones, List<MapFacility> facilities, List<MapFlow> flows, List<MapTour> tours) {
        this(null, null, zones, facilities, flows, tours, null);
    }
}

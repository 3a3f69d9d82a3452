package org.tiercare.report;

/**
 * A facility on the map: its id and name as the scenario gives them (name may be null; it is drawn beside
 * the id when short), position in km (a facility without coordinates of its own stands at its zone's point;
 * the map fans such facilities out around the point), tier ({@code tertiary}, {@code secondary},
 * {@code community}, {@code township}, {@code village}, {@code rehab}), grid, whether it leads its grid's
 * medical group, and its load (e.g. outpatient utilisation or visits; NaN if unknown), which sizes its marker.
 */
public record MapFacility(String id, String name, double x, double y, String tier, String grid, boolean lead, double load) {
    public MapFacility {
        if (name != null && name.isBlank()) name = null;
    }

    /** A facility without a name. */
    public MapFacility(String id, double x, double y, String tier, String grid, boolean lead, double load) {
        this(id, null, x, y, tier, grid, lead, load);
    }
}

package org.tiercare.report;

/**
 * A facility on the map: position in km, tier ({@code tertiary}, {@code secondary}, {@code community},
 * {@code township}, {@code village}, {@code rehab}), grid, whether it leads its grid's medical group, and
 * its load (e.g. outpatient utilisation or visits; NaN if unknown), which sizes its marker.
 */
public record MapFacility(String id, double x, double y, String tier, String grid, boolean lead, double load) {}

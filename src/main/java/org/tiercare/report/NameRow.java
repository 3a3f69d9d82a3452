package org.tiercare.report;

/**
 * The name of something the results speak of by id — a zone, a facility or a grid — as the scenario writes it
 * (Chinese included), one row of {@code names.csv}, so that users of the CSV files can join names onto
 * {@code scope_id}. Grids have no names of their own: their name is their id.
 *
 * @param kind {@link #ZONE}, {@link #FACILITY}, {@link #GRID} or {@link #GROUP} (a population group, with the scenario's
 *             name for it; the residents in no group, scope id {@code other}, have no row)
 */
public record NameRow(String id, String kind, String name) {
    public static final String ZONE = "zone", FACILITY = "facility", GRID = "grid", GROUP = "group";

    public NameRow {
        if (name == null || name.isBlank()) name = id;
    }
}

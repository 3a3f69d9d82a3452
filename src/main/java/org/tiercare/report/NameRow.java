package org.tiercare.report;

/**
 * The name of something the results speak of by id — a zone, a facility, a grid or a department — as the scenario
 * writes it (Chinese included), one row of {@code names.csv}, so that users of the CSV files can join names onto
 * {@code scope_id}. Grids have no names of their own: their name is their id. A department's id is
 * {@code facility/department} and its name is the facility's name and the department's, e.g. "县人民医院 内科".
 *
 * @param kind {@link #ZONE}, {@link #FACILITY}, {@link #GRID}, {@link #DEPARTMENT} or {@link #GROUP} (a population group,
 *             with the scenario's name for it; the residents in no group, scope id {@code other}, have no row)
 */
public record NameRow(String id, String kind, String name) {
    public static final String ZONE = "zone", FACILITY = "facility", GRID = "grid", DEPARTMENT = "department", GROUP = "group";

    public NameRow {
        if (name == null || name.isBlank()) name = id;
    }
}

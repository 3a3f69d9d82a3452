package org.tiercare.report;

/**
 * What a metric means to a reader: its English and Chinese (planners') names, its unit, how to show it
 * and which direction of change is an improvement.
 *
 * @param name    the metric's name in the CSV files (a contract, see DESIGN.md §3)
 * @param english short English label for charts and tables
 * @param chinese planners' name (DESIGN.md §3) or a plain translation where the brief gives none
 * @param kind    how values are shown (hours, share as %, count, …)
 * @param better  which direction of change is an improvement
 */
public record MetricInfo(String name, String english, String chinese, Kind kind, Better better) {

    /** How a value is shown. Shares are stored as fractions and shown as percentages (differences in percentage points). */
    public enum Kind {
        HOURS("h"), SHARE("%"), COUNT(""), RATE(""), NUMBER("");

        private final String unit;

        Kind(String unit) { this.unit = unit; }

        /** The unit of a shown value ("h", "%" or empty). */
        public String unit() { return unit; }

        /** The unit of a shown difference: percentage points for shares. */
        public String diffUnit() { return this == SHARE ? "pp" : unit; }
    }

    /**
     * Which direction of change is better. Utilisation and occupancy are {@link #NEITHER}: a higher
     * utilisation is efficiency to one planner and overload to another, and its cost already shows up in
     * the waits, the diversions and the unserved needs, which are judged. The report states the change
     * and leaves the judgement to the reader. Volumes (visits, referrals, admissions) are NEITHER too.
     */
    public enum Better { LOWER, HIGHER, NEITHER }

    /** The value as shown: shares ×100. */
    public double display(double value) { return kind == Kind.SHARE ? value * 100 : value; }

    /** English label with its unit, e.g. "mean consult wait (h)". */
    public String englishWithUnit() {
        return kind.unit().isEmpty() ? english : english + " (" + kind.unit() + ")";
    }
}

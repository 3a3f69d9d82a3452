package org.tiercare.report;

import java.util.List;

/**
 * One line of a scorecard: a rule or target checked for one variant at one scope. Structural and policy rules
 * carry what was found ({@code found}: "1", "tertiary", "yes") and no interval; outcome targets carry the
 * metric's mean over the replications, its 95 % interval and the estimated probability that the true mean meets
 * the target.
 *
 * @param ruleSet     the rule set's id, or empty for the scenario's own targets
 * @param metric      the metric's CSV name, or for a structural rule the quantity checked ({@code grids})
 * @param op          {@code <=}, {@code >=} or {@code =}
 * @param target      the threshold as written in the CSV ({@code 0.333333}, {@code tertiary}, {@code yes})
 * @param found       the value as written in the CSV ({@code 2}, {@code tertiary}, or the outcome mean)
 * @param value       the outcome's mean (NaN for structural rules)
 * @param probability chance the true mean meets the target, from the Student t distribution of the mean (NaN
 *                    for structural rules and with one replication)
 * @param nameZh      the clause or target in Chinese
 * @param nameEn      the clause or target in English
 */
public record ScorecardRow(String variant, String ruleSet, String rule, String source, String scope, String scopeId,
                           String metric, String op, String target, String found, double value, double ci95Low,
                           double ci95High, int replications, Status status, double probability, String nameZh,
                           String nameEn) {

    /** Whether a rule holds: met, not met, or (for an outcome whose interval straddles its target) uncertain. */
    public enum Status {
        MET, NOT_MET, UNCERTAIN;

        /** As written in scorecard.csv: {@code met}, {@code not_met}, {@code uncertain}. */
        public String csv() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The columns of scorecard.csv. */
    public static final List<String> COLUMNS = List.of("variant", "rule", "source", "scope", "scope_id", "metric", "op",
            "target", "value", "ci95_low", "ci95_high", "status");

    /** Whether this row checks an outcome (has an interval) rather than the plan's structure or policy. */
    public boolean outcome() { return !Double.isNaN(value); }
}

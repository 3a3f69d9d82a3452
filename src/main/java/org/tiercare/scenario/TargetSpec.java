package org.tiercare.scenario;

/**
 * A target a plan must meet: a registry metric at a scope compared with a value, e.g. the network's
 * {@code primary_visit_share >= 0.65} or every tertiary hospital's {@code wait_referral_mean_h <= 168}.
 * Values are in the metric's CSV unit (shares as fractions, times in hours).
 *
 * @param id      unique among the scenario's targets and rules
 * @param metric  a registry metric's CSV name
 * @param scope   {@code network}, {@code grid}, {@code tier} or {@code facility}
 * @param scopeId the grid, tier or facility; null for every one of the scope (with {@code tier}: every
 *                facility of that tier)
 * @param tier    with scope {@code facility} and no scope id: only facilities of this tier (null: all)
 * @param source  where the target comes from (a policy clause, a local plan, "assumption")
 */
public record TargetSpec(String id, String metric, String scope, String scopeId, Tier tier, Op op, double value,
                         String nameZh, String nameEn, String source) {

    /** Which side of the value meets the target. */
    public enum Op {
        AT_MOST("<="), AT_LEAST(">=");

        public final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        /** Whether {@code x} meets a target of {@code value}. */
        public boolean meets(double x, double value) { return this == AT_MOST ? x <= value : x >= value; }

        /** {@code <=} or {@code >=}; null for anything else. */
        public static Op of(String symbol) {
            for (Op o : values()) if (o.symbol.equals(symbol.strip())) return o;
            return null;
        }
    }
}

package org.tiercare.scenario;

/**
 * One rule of a {@link RuleSet}: a check of the plan's structure or policy ({@link Check}), or an outcome
 * {@link TargetSpec} checked against the simulation's results. Every rule cites the clause it comes from.
 *
 * @param op       for {@link Check#MIN_GRIDS} and the reservation checks: the comparison ({@code >=} usually)
 * @param value    the threshold of those checks (grids, a share)
 * @param tier     for {@link Check#LEAD_TIER}: the tier a lead hospital must have
 * @param target   for {@link Check#OUTCOME}: the target; else null
 * @param clauseZh the clause in Chinese, as the notice words it
 * @param summaryEn the clause in English, summarised
 * @param facilityType for {@link Check#MEMBER_TYPE}: the type some member of each grid must have; else null
 */
public record RuleSpec(String id, Check check, TargetSpec.Op op, double value, Tier tier, TargetSpec target,
                       String clauseZh, String summaryEn, String source, FacilityType facilityType) {

    /** A rule that names no facility type. */
    public RuleSpec(String id, Check check, TargetSpec.Op op, double value, Tier tier, TargetSpec target,
                    String clauseZh, String summaryEn, String source) {
        this(id, check, op, value, tier, target, clauseZh, summaryEn, source, null);
    }

    /** What a rule checks. Structural and policy checks read the scenario; outcome checks the results. */
    public enum Check {
        /** Every zone with residents belongs to a grid of the active layout. */
        GRID_COVERAGE,
        /** The layout has at least {@code value} grids. */
        MIN_GRIDS,
        /** Each grid has exactly one lead hospital. */
        ONE_LEAD_PER_GRID,
        /** Each grid's lead hospital is of {@code tier}. */
        LEAD_TIER,
        /** Each grid's members include a secondary hospital or a rehabilitation / nursing unit. */
        CONTINUING_CARE_MEMBER,
        /** Each lead hospital reserves at least {@code value} of its outpatient slots for referrals. */
        LEAD_RESERVED_SLOTS,
        /** Each lead hospital reserves at least {@code value} of its beds for referrals. */
        LEAD_RESERVED_BEDS,
        /** Referred patients are seen first in consults (priority queue) at hospitals. */
        REFERRED_FIRST_CONSULTS,
        /** Referred patients are admitted first. */
        REFERRED_FIRST_ADMISSIONS,
        /** An outcome target on the results. */
        OUTCOME,
        /** Each grid has a member (its lead included) of {@code facility_type}, e.g. a rehabilitation facility. */
        MEMBER_TYPE
    }
}

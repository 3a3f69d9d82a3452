package org.tiercare.loader;

import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.ReservationSpec;

/** {@code policy}: the group-wide levers a planner sweeps. Every key is optional. */
final class PolicySection {

    static final String KEY = "policy";
    static final List<String> KEYS = List.of("reserved_slot_share", "reserved_bed_share", "referral_booking_horizon",
            "reserved_release_before", "referred_first", "contract_coverage", "gatekeeping_compliance",
            "referral_compliance", "referral_rule", "down_referral_stay_factor", "cross_grid", "pooled_bed_share",
            "pooled_slot_share", "cross_grid_types");
    static final double DEFAULT_REFERRAL_HORIZON_H = 28 * 24;
    static final double DEFAULT_RELEASE_BEFORE_H = 24;
    private static final Range STAY_FACTOR = new Range(0, true, 1, false);

    private PolicySection() {}

    /** The policy; when the section is absent every value is its default (never null). */
    static PolicySpec bind(Fields top) {
        YamlNode node = top.node(KEY);
        Problems problems = top.problems;
        Fields f = node == null ? null : Fields.of(problems, node, KEY, KEYS);
        if (f == null || !f.isMap()) return defaults();
        int before = problems.size();
        Double slots = f.number("reserved_slot_share", false, 0, Range.PROBABILITY);
        Double beds = f.number("reserved_bed_share", false, 0, Range.PROBABILITY);
        Double horizon = f.duration("referral_booking_horizon", false, DEFAULT_REFERRAL_HORIZON_H, Range.POSITIVE);
        Double release = f.duration("reserved_release_before", false, DEFAULT_RELEASE_BEFORE_H, Range.NON_NEGATIVE);
        Boolean first = f.bool("referred_first", false);
        Double coverage = f.number("contract_coverage", false, 0, Range.PROBABILITY);
        Double gatekeeping = f.number("gatekeeping_compliance", false, 1, Range.PROBABILITY);
        Double compliance = f.number("referral_compliance", false, 1, Range.PROBABILITY);
        PolicySpec.ReferralRule rule = f.choice("referral_rule", "choice.referralRule", PolicySpec.ReferralRule.class,
                PolicySpec.ReferralRule.SECONDARY_FIRST);
        Double stay = f.number("down_referral_stay_factor", false, 1, STAY_FACTOR);
        PolicySpec.CrossGrid cross = f.choice("cross_grid", "choice.crossGrid", PolicySpec.CrossGrid.class,
                PolicySpec.CrossGrid.NEVER);
        // Share of each grid hospital's beds (fraction 0..1) other groups' patients may hold.
        Double pooled = f.number("pooled_bed_share", false, 0, Range.PROBABILITY);
        // Share of each grid hospital's appointment slots (fraction 0..1) other groups' referrals may book.
        Double pooledSlots = f.number("pooled_slot_share", false, 0, Range.PROBABILITY);
        var crossTypes = FacilityTypes.list(f, "cross_grid_types");
        if (problems.size() != before) return defaults();
        return new PolicySpec(new ReservationSpec(slots, beds, horizon, release, first), coverage, gatekeeping, compliance,
                rule, stay, cross, pooled, pooledSlots, crossTypes.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(crossTypes));
    }

    /** The documented defaults: nothing reserved, no contracts, full compliance. */
    static PolicySpec defaults() {
        return new PolicySpec(new ReservationSpec(0, 0, DEFAULT_REFERRAL_HORIZON_H, DEFAULT_RELEASE_BEFORE_H, false),
                0, 1, 1, PolicySpec.ReferralRule.SECONDARY_FIRST, 1);
    }
}

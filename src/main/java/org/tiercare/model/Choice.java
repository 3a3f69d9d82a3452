package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.scenario.ChoiceSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.Scenario;

/**
 * Multinomial-logit choice of a first-contact facility, per zone: utility = tier constant +
 * travel coefficient × travel hours + wait coefficient × the facility's published mean wait
 * + price coefficient × the out-of-pocket price of a consult there without a referral. The
 * published waits change once a day (see {@link WaitBoard}), so choice probabilities are
 * recomputed then, not at every patient.
 */
final class Choice {
    private final ChoiceSpec spec;
    private final int[][] candidates;
    private final double[][] staticUtility;
    private final double[][] cumulative;

    Choice(Scenario s, ChoiceSpec spec, Network network) {
        this.spec = spec;
        int nz = s.zones().size();
        candidates = new int[nz][];
        staticUtility = new double[nz][];
        cumulative = new double[nz][];
        for (int z = 0; z < nz; z++) {
            List<Integer> c = new ArrayList<>();
            List<Double> u = new ArrayList<>();
            for (int f = 0; f < s.facilities().size(); f++) {
                FacilitySpec fs = s.facilities().get(f);
                double t = network.zoneToFacility(z, f);
                if (fs.outpatient() == null || t > spec.maxTravelH() || !spec.tierConstant().containsKey(fs.tier())) continue;
                c.add(f);
                double v = spec.tierConstant().get(fs.tier()) + spec.travelPerHour() * t;
                // Skipped entirely at 0 (the default), so a scenario without a price term keeps its numbers to the bit.
                if (spec.pricePerYuan() != 0 && s.money() != null) v += spec.pricePerYuan() * Money.firstVisitPrice(s.money(), fs.id(), fs.tier());
                u.add(v);
            }
            candidates[z] = c.stream().mapToInt(Integer::intValue).toArray();
            staticUtility[z] = u.stream().mapToDouble(Double::doubleValue).toArray();
        }
        update(null);
    }

    /**
     * The choice model of each population group whose {@code choice.tier_constants} adjust the common one: the same
     * model with those amounts added to the tier constants (tiers the common model leaves out stay out); null entries
     * for groups without adjustments, and all null without a common model.
     */
    static Choice[] forGroups(Scenario s, Choice common, Network network) {
        Choice[] out = new Choice[s.groups().size()];
        if (common == null) return out;
        for (int g = 0; g < out.length; g++) {
            var adjust = s.groups().get(g).tierConstants();
            if (adjust.isEmpty()) continue;
            ChoiceSpec c = common.spec;
            java.util.Map<org.tiercare.scenario.Tier, Double> constants = new java.util.EnumMap<>(org.tiercare.scenario.Tier.class);
            c.tierConstant().forEach((t, v) -> constants.put(t, v + adjust.getOrDefault(t, 0.0)));
            out[g] = new Choice(s, new ChoiceSpec(constants, c.travelPerHour(), c.waitPerHour(), c.waitInfoDelayH(),
                    c.maxTravelH(), c.pricePerYuan()), network);
        }
        return out;
    }

    /** Recomputes choice probabilities with the waits patients currently believe (null: ignore waits). */
    void update(double[] publishedWait) {
        for (int z = 0; z < candidates.length; z++) {
            double[] u = staticUtility[z];
            double max = Double.NEGATIVE_INFINITY;
            double[] v = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                double w = publishedWait == null ? 0 : publishedWait[candidates[z][i]];
                v[i] = u[i] + (Double.isNaN(w) ? 0 : spec.waitPerHour() * w);
                max = Math.max(max, v[i]);
            }
            double[] c = new double[u.length];
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                sum += Math.exp(v[i] - max); // shift by the max: no overflow
                c[i] = sum;
            }
            for (int i = 0; i < u.length; i++) c[i] /= sum;
            cumulative[z] = c;
        }
    }

    boolean usesWaits() { return spec.waitPerHour() != 0; }

    /** Draws a facility index for a patient of {@code zone}, or -1 when nothing is within reach. */
    int choose(int zone, RandomGenerator rng) {
        double[] c = cumulative[zone];
        if (c.length == 0) return -1;
        double u = rng.nextDouble();
        int lo = 0, hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return candidates[zone][lo];
    }
}

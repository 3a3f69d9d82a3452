package org.tiercare.model;

import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.scenario.FacilityType;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;

/**
 * Where a referral goes: up within the grid (member secondary first, or straight to the lead, per
 * the group's rule), beyond the lead to a collaborating unit; down at discharge to a rehab unit or
 * the patient's own clinic; or by a fixed referral table when the scenario gives one for a facility.
 * {@code policy.cross_grid} lets referrals, admissions and down-referrals go to another grid's facility when it is
 * closer or when the own grid has none free ({@link #acrossGrids}); with NEVER nothing here looks beyond the grid.
 */
final class Referrals {
    private final Scenario scenario;
    private final List<Facility> facilities;
    private final Network network;
    private final Grids grids;
    private final Facility[][] tableTargets;
    private final double[][] tableCumulative;
    /** {@code policy.cross_grid}: whether a referral may go to another grid's facility. */
    private final PolicySpec.CrossGrid cross;
    /** {@code policy.pooled_slot_share} opens other groups' hospitals' pooled slots (only with cross_grid never). */
    private final boolean pooledSlots;
    /** Per grid: the facilities of {@code policy.cross_grid_types} outside it, which serve its patients too. */
    private final int[][] crossTyped;

    Referrals(Scenario scenario, List<Facility> facilities, Network network, Grids grids) {
        this.scenario = scenario;
        this.facilities = facilities;
        this.network = network;
        this.grids = grids;
        this.cross = scenario.policy().crossGrid();
        this.pooledSlots = cross == PolicySpec.CrossGrid.NEVER && scenario.policy().pooledSlotShare() > 0;
        this.crossTyped = new int[grids.members.length][];
        for (int g = 0; g < crossTyped.length; g++) crossTyped[g] = crossTyped(grids.members[g], facilities, scenario.policy());
        int n = facilities.size();
        tableTargets = new Facility[n][];
        tableCumulative = new double[n][];
        for (Facility f : facilities) {
            List<Referral> rows = scenario.referrals().stream().filter(r -> r.from().equals(f.id())).toList();
            tableTargets[f.index] = new Facility[rows.size()];
            tableCumulative[f.index] = new double[rows.size()];
            double c = 0;
            for (int i = 0; i < rows.size(); i++) {
                String to = rows.get(i).to();
                tableTargets[f.index][i] = facilities.stream().filter(x -> x.id().equals(to)).findFirst().orElseThrow();
                c += rows.get(i).probability();
                tableCumulative[f.index][i] = c;
            }
        }
    }

    boolean hasTable(Facility f) { return tableTargets[f.index].length > 0; }

    /** A draw from the facility's referral table: the target, or null (no referral). */
    Facility fromTable(Facility f, RandomGenerator rng) {
        Facility[] targets = tableTargets[f.index];
        if (targets.length == 0) return null;
        double u = rng.nextDouble();
        double[] c = tableCumulative[f.index];
        for (int i = 0; i < targets.length; i++) if (u < c[i]) return targets[i];
        return null;
    }

    /** The receiving facility for a case of {@code severity} beyond {@code from}'s capability. */
    Facility upFrom(Facility from, Patient p, int severity) {
        int g = from.grid >= 0 ? from.grid : (p.zone >= 0 ? grids.zoneGrid[p.zone] : -1);
        int level = level(from.spec.tier());
        if (p.condition != null && !p.condition.facilityTypes().isEmpty()) {
            // The condition's own kind of facility first (an obstetric case to the MCH hospital), then as any case.
            Predicate<Facility> typedUp = f -> f != from && ofTypes(f, p) && upTo(f, level, p, severity);
            Facility typed = g >= 0 ? nearer(from, nearestIn(from, grids.members[g], typedUp), nearestIn(from, crossTyped[g], typedUp))
                    : nearestIn(from, allIndices(), typedUp);
            if (typed != null) return typed;
        }
        if (g >= 0) {
            Facility lead = facilities.get(grids.lead[g]);
            if (from.spec.tier() == Tier.VILLAGE) {
                // Village doctors send patients to the township or community centre first (乡村一体化).
                Facility t = nearestAmong(from, p, grids.members[g], Tier.TOWNSHIP, severity);
                if (t == null) t = nearestAmong(from, p, grids.members[g], Tier.COMMUNITY, severity);
                if (t != null) return t;
            }
            if (level < level(Tier.SECONDARY) && scenario.policy().referralRule() == PolicySpec.ReferralRule.SECONDARY_FIRST) {
                Facility s = nearestAmong(from, p, grids.members[g], Tier.SECONDARY, severity);
                if (s != null) return acrossGrids(from, g, s, f -> upTo(f, level, p, severity));
            }
            if (lead != from && level(lead.spec.tier()) > level && lead.capabilityFor(p) >= severity && lead.spec.outpatient() != null) {
                return acrossGrids(from, g, lead, f -> upTo(f, level, p, severity));
            }
            if (cross != PolicySpec.CrossGrid.NEVER) {
                // The grid cannot resolve the case: another grid's hospital before a collaborating unit.
                Facility o = nearestInOtherGrids(from, g, f -> upTo(f, level, p, severity));
                if (o != null) return o;
            } else if (pooledSlots) {
                // Without a cross-grid policy, another group's hospital only through its pooled slots.
                Facility o = nearestInOtherGrids(from, g, f -> upTo(f, level, p, severity) && hasPooledSlots(f));
                if (o != null) return o;
            }
            Facility c = nearestOf(from, p, grids.collaborating, severity);
            if (c != null && c != from) return c;
            return null;
        }
        // No grids: the nearest facility of a higher level that can resolve the case.
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (Facility f : facilities) {
            if (f.spec.outpatient() == null || level(f.spec.tier()) <= level || f.capabilityFor(p) < severity) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    /** A hospital that can admit a patient whose consult was at a facility without beds. */
    Facility forAdmission(Facility from, Patient p) {
        Predicate<Facility> hospital = f -> f.ward != null && f.outpatient != null && f.spec.tier().isHospital();
        if (p.condition != null && !p.condition.facilityTypes().isEmpty()) {
            Facility typed = nearestInGrid(from, p, f -> ofTypes(f, p) && hospital.test(f));
            if (typed != null) return typed;
        }
        return nearestInGrid(from, p, hospital);
    }

    /**
     * The rehab or nursing unit that continues care after a hospital stay (in the grid, nearest), or null: a unit of
     * tier rehab, or a facility of type rehabilitation or nursing, with beds.
     */
    Facility rehabFor(Facility from, Patient p) {
        return nearestInGrid(from, p, f -> continuingCare(f) && f.ward != null);
    }

    static boolean continuingCare(Facility f) {
        return f.spec.tier() == Tier.REHAB || f.spec.type() == FacilityType.REHABILITATION || f.spec.type() == FacilityType.NURSING;
    }

    private static boolean ofTypes(Facility f, Patient p) {
        return p.condition != null && p.condition.facilityTypes().contains(f.spec.type());
    }

    /**
     * Whether a facility of a cross-grid type takes this patient from another grid: a rehabilitation or nursing
     * facility takes anyone it continues care for; any other type (an MCH hospital) the conditions that ask for it.
     */
    static boolean crossServes(Facility f, Patient p) { return continuingCare(f) || ofTypes(f, p); }

    /** The facilities outside {@code members} whose type is one of {@code policy.cross_grid_types} (they serve every grid). */
    static int[] crossTyped(int[] members, List<Facility> facilities, PolicySpec policy) {
        if (policy.crossGridTypes().isEmpty()) return new int[0];
        java.util.Set<Integer> own = new java.util.HashSet<>();
        for (int i : members) own.add(i);
        return facilities.stream().filter(f -> !own.contains(f.index) && policy.crossGridTypes().contains(f.spec.type()))
                .mapToInt(f -> f.index).toArray();
    }

    /** The nearer of two candidates (either may be null); the first on a tie. */
    private Facility nearer(Facility from, Facility a, Facility b) {
        if (a == null || b == null) return a == null ? b : a;
        return network.facilityToFacility(from.index, b.index) < network.facilityToFacility(from.index, a.index) ? b : a;
    }

    /**
     * The nearest facility of the patient's grid (or anywhere, without grids) that passes {@code test}; with a
     * cross-grid policy perhaps one of another grid instead ({@link #acrossGrids}).
     */
    private Facility nearestInGrid(Facility from, Patient p, Predicate<Facility> test) {
        int g = from.grid >= 0 ? from.grid : (p.zone >= 0 ? grids.zoneGrid[p.zone] : -1);
        Facility own = nearestIn(from, g >= 0 ? grids.members[g] : allIndices(), test);
        if (g >= 0 && crossTyped[g].length > 0) {
            // Facilities of a cross-grid type elsewhere are as near as the grid's own for those they serve.
            own = nearer(from, own, nearestIn(from, crossTyped[g], f -> crossServes(f, p) && test.test(f)));
        }
        return g >= 0 ? acrossGrids(from, g, own, test) : own;
    }

    /**
     * Applies {@code policy.cross_grid} to the own grid's choice {@code own} (null: the grid has none): NEVER keeps
     * it; NEAREST takes another grid's facility passing {@code test} when it is closer; WHEN_FULL takes one that has a
     * bed free (or no ward) when the grid has none, or when every bed of {@code own} is taken.
     */
    private Facility acrossGrids(Facility from, int g, Facility own, Predicate<Facility> test) {
        if (cross == PolicySpec.CrossGrid.NEVER) return own;
        Facility other = nearestInOtherGrids(from, g, test);
        if (other == null) return own;
        // WHEN_FULL crosses only into room: a full rehabilitation unit elsewhere would lose patients the own grid
        // sends home to their clinic, and a full hospital elsewhere is no better than the collaborating unit.
        if (own == null) return cross == PolicySpec.CrossGrid.NEAREST || !full(other) ? other : null;
        if (cross == PolicySpec.CrossGrid.NEAREST) {
            return network.facilityToFacility(from.index, other.index) < network.facilityToFacility(from.index, own.index)
                    ? other : own;
        }
        return full(own) && other.ward != null && !full(other) ? other : own;
    }

    private static boolean hasPooledSlots(Facility f) {
        return f.outpatient != null && f.outpatient.slots != null && f.outpatient.slots.pooled();
    }

    /**
     * Whether a referral from {@code from} to {@code to} goes into another group's pooled slots: pooled slots are
     * open and {@code to} lies in a grid other than the patient's (the sending facility's, else the home zone's).
     */
    boolean intoPooledSlots(Facility from, Patient p, Facility to) {
        if (!pooledSlots || to.grid < 0) return false;
        int g = from.grid >= 0 ? from.grid : (p.zone >= 0 ? grids.zoneGrid[p.zone] : -1);
        return g >= 0 && to.grid != g;
    }

    /**
     * Where a referred patient who found no slot at {@code target}, a hospital of their group, may book instead: the
     * nearest hospital of another group with pooled slots, of at least the target's care level and able to resolve
     * the case; null without pooled slots or when none is.
     */
    Facility pooledSlotsInstead(Facility target, Patient p) {
        if (!pooledSlots || target.grid < 0 || p.condition == null || !target.spec.tier().isHospital()) return null;
        int level = level(target.spec.tier());
        int severity = p.condition.severity();
        return nearestInOtherGrids(target, target.grid, f -> level(f.spec.tier()) >= level && f.capability() >= severity
                && hasPooledSlots(f));
    }

    private static boolean full(Facility f) { return f.ward != null && f.ward.beds.inUse() >= f.ward.beds.capacity(); }

    /** A facility that can take a case of {@code severity} referred up from care level {@code level}. */
    private static boolean upTo(Facility f, int level, Patient p, int severity) {
        return level(f.spec.tier()) > level && f.capabilityFor(p) >= severity && f.outpatient != null;
    }

    /** The nearest facility passing {@code test} in a grid other than {@code g}, or null. */
    private Facility nearestInOtherGrids(Facility from, int g, Predicate<Facility> test) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int o = 0; o < grids.members.length; o++) {
            if (o == g) continue;
            Facility f = nearestIn(from, grids.members[o], test);
            if (f == null) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private Facility nearestIn(Facility from, int[] pool, Predicate<Facility> test) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (!test.test(f)) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    /**
     * The nearest facility with an emergency department, from a zone (seen at once there, or after the queue of an
     * {@code emergency_department}).
     */
    Facility nearestEmergency(int zone) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (Facility f : facilities) {
            if (!f.spec.emergency()) continue;
            double t = network.zoneToFacility(zone, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private Facility nearestAmong(Facility from, Patient p, int[] pool, Tier tier, int severity) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (f == from || f.spec.tier() != tier || f.capabilityFor(p) < severity || f.outpatient == null) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private Facility nearestOf(Facility from, Patient p, int[] pool, int severity) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (f.capabilityFor(p) < severity || f.outpatient == null) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private int[] allIndices() {
        int[] a = new int[facilities.size()];
        for (int i = 0; i < a.length; i++) a[i] = i;
        return a;
    }

    /** Care level for the direction of a referral: hospitals above primary care above continuing care. */
    static int level(Tier t) {
        return switch (t) {
            case TERTIARY -> 3;
            case SECONDARY -> 2;
            case COMMUNITY, TOWNSHIP, VILLAGE -> 1;
            case REHAB -> 0;
        };
    }
}

package org.tiercare.model;

import java.util.BitSet;
import java.util.List;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.Tier;

/**
 * Onward diversion ({@code when_full: onward}): a patient turned away by a full ward goes on to the next
 * eligible hospital rather than home. The order is the one a district's transfer desk follows: the nearest
 * hospital of the grid, then (as {@code policy.cross_grid} allows, or into other groups' pooled beds) the
 * nearest of another grid, then a collaborating unit — those with a bed free at the moment first (the desk calls
 * ahead), then any. Eligible: a ward not yet tried by this patient, of at
 * least the sending facility's care level and able to treat the case (a rehabilitation unit sends on to
 * another rehabilitation unit). The patient travels there and asks for a bed as anyone would; the ward
 * there decides by its own {@code when_full}. After {@code max_onward} attempts the patient is lost.
 * Every choice is the nearest by travel time: no random draw, so no stream is needed.
 */
final class Onward {
    private final List<Facility> facilities;
    private final Network network;
    private final Grids grids;
    private final PolicySpec policy;
    private final Pathway pathway;
    /** Per grid: the facilities of {@code policy.cross_grid_types} outside it, which serve its patients too. */
    private final int[][] crossTyped;

    Onward(List<Facility> facilities, Network network, Grids grids, PolicySpec policy, Pathway pathway) {
        this.facilities = facilities;
        this.network = network;
        this.grids = grids;
        this.policy = policy;
        this.pathway = pathway;
        this.crossTyped = new int[grids.members.length][];
        for (int g = 0; g < crossTyped.length; g++) crossTyped[g] = Referrals.crossTyped(grids.members[g], facilities, policy);
    }

    /**
     * Sends a patient turned away at {@code from} on to the next eligible ward.
     *
     * @return false when the patient has used {@code maxOnward} attempts or no eligible ward is left (they are lost)
     */
    boolean sendOn(Facility from, Patient p, int maxOnward) {
        Patient.Rare r = p.rare();
        if (r.onwardTries >= maxOnward) return false;
        if (r.triedWards == null) r.triedWards = new BitSet(facilities.size());
        r.triedWards.set(from.index);
        Facility to = next(from, p);
        if (to == null) return false;
        r.onwardTries++;
        r.triedWards.set(to.index);
        // Into another group's hospital without a cross-grid policy: only its pooled beds are open.
        boolean pooledOnly = policy.crossGrid() == PolicySpec.CrossGrid.NEVER && crosses(from, p, to);
        pathway.travelThen(network.facilityToFacility(from.index, to.index), () -> {
            to.wardUnit(p).measures.receivedOnward++;
            p.pooledOnly(pooledOnly);
            to.admit(p, pathway.onwardStay(p, to));
        });
        return true;
    }

    /**
     * The next ward to try, or null. The transfer desk calls ahead: first the nearest ward with a bed free now for
     * this patient — own grid, then other grids (as allowed), then collaborating units — and only when none has one,
     * the nearest in the same order (where the patient queues or is turned away again).
     */
    Facility next(Facility from, Patient p) {
        Facility f = next(from, p, true);
        return f != null ? f : next(from, p, false);
    }

    private Facility next(Facility from, Patient p, boolean freeNow) {
        int g = homeGrid(from, p);
        if (g < 0 && grids.ids.length == 0) return nearest(from, p, allIndices(), false, freeNow);
        Facility f = g >= 0 ? nearest(from, p, grids.members[g], false, freeNow) : null;
        if (g >= 0 && crossTyped[g].length > 0) {
            // A cross-grid type's facility elsewhere serves as if it were in the grid, for those it serves.
            int[] serving = java.util.Arrays.stream(crossTyped[g]).filter(i -> Referrals.crossServes(facilities.get(i), p)).toArray();
            Facility c = nearest(from, p, serving, false, freeNow);
            if (c != null && (f == null
                    || network.facilityToFacility(from.index, c.index) < network.facilityToFacility(from.index, f.index))) f = c;
        }
        if (f != null) return f;
        if (policy.crossGrid() != PolicySpec.CrossGrid.NEVER || policy.pooledBedShare() > 0) {
            boolean pooledOnly = policy.crossGrid() == PolicySpec.CrossGrid.NEVER;
            Facility best = null;
            double bestT = Double.POSITIVE_INFINITY;
            for (int o = 0; o < grids.members.length; o++) {
                if (o == g) continue;
                Facility c = nearest(from, p, grids.members[o], pooledOnly, freeNow);
                if (c == null) continue;
                double t = network.facilityToFacility(from.index, c.index);
                if (t < bestT) {
                    bestT = t;
                    best = c;
                }
            }
            if (best != null) return best;
        }
        return nearest(from, p, grids.collaborating, false, freeNow);
    }

    private int homeGrid(Facility from, Patient p) {
        return from.grid >= 0 ? from.grid : (p.zone >= 0 ? grids.zoneGrid[p.zone] : -1);
    }

    /** Whether {@code to} lies in a grid other than the one the patient is being cared for in. */
    private boolean crosses(Facility from, Patient p, Facility to) {
        if (policy.crossGridTypes().contains(to.spec.type()) && Referrals.crossServes(to, p)) return false;
        int g = homeGrid(from, p);
        return to.grid >= 0 && g >= 0 && to.grid != g;
    }

    private Facility nearest(Facility from, Patient p, int[] pool, boolean pooledOnly, boolean freeNow) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (!eligible(from, p, f)) continue;
            Ward w = f.wardUnit(p).ward;
            if (pooledOnly && w.pooledBeds == 0) continue;
            if (freeNow && !w.beds.hasFree(pooledOnly ? Ward.POOLED_LINE : p.line())) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private boolean eligible(Facility from, Patient p, Facility f) {
        if (f == from || f.ward == null || p.rare.triedWards.get(f.index)) return false;
        if (from.spec.tier() == Tier.REHAB) return f.spec.tier() == Tier.REHAB;
        if (f.spec.tier() == Tier.REHAB || Referrals.level(f.spec.tier()) < Referrals.level(from.spec.tier())) return false;
        return p.condition == null || f.capabilityFor(p) >= p.condition.severity();
    }

    private int[] allIndices() {
        int[] a = new int[facilities.size()];
        for (int i = 0; i < a.length; i++) a[i] = i;
        return a;
    }
}

package org.tiercare.model;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;

/**
 * Where a referral goes: up within the grid (member secondary first, or straight to the lead, per
 * the group's rule), beyond the lead to a collaborating unit; down at discharge to a rehab unit or
 * the patient's own clinic; or by a fixed referral table when the scenario gives one for a facility.
 */
final class Referrals {
    private final Scenario scenario;
    private final List<Facility> facilities;
    private final Network network;
    private final Grids grids;
    private final Facility[][] tableTargets;
    private final double[][] tableCumulative;

    Referrals(Scenario scenario, List<Facility> facilities, Network network, Grids grids) {
        this.scenario = scenario;
        this.facilities = facilities;
        this.network = network;
        this.grids = grids;
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
        if (g >= 0) {
            Facility lead = facilities.get(grids.lead[g]);
            if (from.spec.tier() == Tier.VILLAGE) {
                // Village doctors send patients to the township or community centre first (乡村一体化).
                Facility t = nearestAmong(from, grids.members[g], Tier.TOWNSHIP, severity);
                if (t == null) t = nearestAmong(from, grids.members[g], Tier.COMMUNITY, severity);
                if (t != null) return t;
            }
            if (level < level(Tier.SECONDARY) && scenario.policy().referralRule() == PolicySpec.ReferralRule.SECONDARY_FIRST) {
                Facility s = nearestAmong(from, grids.members[g], Tier.SECONDARY, severity);
                if (s != null) return s;
            }
            if (lead != from && level(lead.spec.tier()) > level && lead.capability() >= severity && lead.spec.outpatient() != null) {
                return lead;
            }
            Facility c = nearestOf(from, grids.collaborating, severity);
            if (c != null && c != from) return c;
            return null;
        }
        // No grids: the nearest facility of a higher level that can resolve the case.
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (Facility f : facilities) {
            if (f.spec.outpatient() == null || level(f.spec.tier()) <= level || f.capability() < severity) continue;
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
        return nearestInGrid(from, p, f -> f.ward != null && f.outpatient != null && f.spec.tier().isHospital());
    }

    /** The rehab or nursing unit that continues care after a hospital stay (in the grid, nearest), or null. */
    Facility rehabFor(Facility from, Patient p) {
        return nearestInGrid(from, p, f -> f.spec.tier() == Tier.REHAB && f.ward != null);
    }

    /** The nearest facility of the patient's grid (or anywhere, without grids) that passes {@code test}. */
    private Facility nearestInGrid(Facility from, Patient p, java.util.function.Predicate<Facility> test) {
        int g = from.grid >= 0 ? from.grid : (p.zone >= 0 ? grids.zoneGrid[p.zone] : -1);
        int[] pool = g >= 0 ? grids.members[g] : allIndices();
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
     * The nearest facility with an emergency department, from a zone. (Emergency patients are counted there and
     * leave; emergency departments do not queue yet.)
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

    private Facility nearestAmong(Facility from, int[] pool, Tier tier, int severity) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (f == from || f.spec.tier() != tier || f.capability() < severity || f.outpatient == null) continue;
            double t = network.facilityToFacility(from.index, f.index);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    private Facility nearestOf(Facility from, int[] pool, int severity) {
        Facility best = null;
        double bestT = Double.POSITIVE_INFINITY;
        for (int i : pool) {
            Facility f = facilities.get(i);
            if (f.capability() < severity || f.outpatient == null) continue;
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

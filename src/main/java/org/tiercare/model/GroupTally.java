package org.tiercare.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tiercare.metric.Metric;
import org.tiercare.stats.Tally;

/**
 * What happened to the patients of one population group (or of the rest) over the measured period, counted at the
 * very points where the facilities' {@link Measures} count the same things, so that the groups and the rest add up to
 * the network: new needs and contracts at the first decision, visits at the consult, waits where the facility records
 * them, admissions, referrals up and needs lost.
 */
final class GroupTally {
    long needs;
    /** Non-emergency new needs, whose contract is drawn (or who have no clinic to contract with). */
    long contractAsked;
    long contracted;
    long visits;
    long primaryVisits;
    long visitsWithHomeGrid;
    long visitsInGrid;
    long referralsUp;
    long admissions;
    long unserved;
    final Tally waitConsult = new Tally(false);
    final Tally waitReferral = new Tally(false);
    final Tally waitAdmission = new Tally(false);

    void reset() {
        needs = contractAsked = contracted = visits = primaryVisits = visitsWithHomeGrid = visitsInGrid = 0;
        referralsUp = admissions = unserved = 0;
        waitConsult.reset(0);
        waitReferral.reset(0);
        waitAdmission.reset(0);
    }

    GroupTally merge(GroupTally o) {
        needs += o.needs;
        contractAsked += o.contractAsked;
        contracted += o.contracted;
        visits += o.visits;
        primaryVisits += o.primaryVisits;
        visitsWithHomeGrid += o.visitsWithHomeGrid;
        visitsInGrid += o.visitsInGrid;
        referralsUp += o.referralsUp;
        admissions += o.admissions;
        unserved += o.unserved;
        waitConsult.merge(o.waitConsult);
        waitReferral.merge(o.waitReferral);
        waitAdmission.merge(o.waitAdmission);
        return this;
    }

    /**
     * The group's indicators, defined as the network's are (the same registry metrics), those of outpatients and beds
     * only when the network has them.
     */
    Map<String, Double> indicators(boolean outpatients, boolean beds) {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, Metric.NEEDS, needs);
        put(m, Metric.CONTRACTED_SHARE, ratio(contracted, contractAsked));
        if (outpatients) {
            put(m, Metric.VISITS, visits);
            put(m, Metric.PRIMARY_VISIT_SHARE, ratio(primaryVisits, visits));
            put(m, Metric.IN_GRID_RATE, ratio(visitsInGrid, visitsWithHomeGrid));
            put(m, Metric.WAIT_CONSULT_MEAN_H, waitConsult.mean());
            put(m, Metric.WAIT_REFERRAL_MEAN_H, waitReferral.mean());
            put(m, Metric.REFERRALS_UP, referralsUp);
        }
        if (beds) {
            put(m, Metric.ADMISSIONS, admissions);
            put(m, Metric.WAIT_ADMISSION_MEAN_H, waitAdmission.mean());
        }
        put(m, Metric.UNSERVED, unserved);
        return m;
    }

    /** Adds the network-only figures of all residents (groups and rest merged) to the network's indicators. */
    void addToNetwork(Map<String, Double> network) {
        put(network, Metric.NEEDS, needs);
        put(network, Metric.CONTRACTED_SHARE, ratio(contracted, contractAsked));
    }

    private static void put(Map<String, Double> m, Metric metric, double value) { m.put(metric.csvName(), value); }

    private static double ratio(double a, double b) { return b > 0 ? a / b : Double.NaN; }
}

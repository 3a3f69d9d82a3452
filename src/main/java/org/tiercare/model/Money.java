package org.tiercare.model;

import org.tiercare.scenario.MoneySpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/**
 * The money of a replication ({@code money:}): prices each event the pathway already counts, splits it between
 * insurance and the patient, and pays providers by the scenario's method. It only adds numbers: it draws no random
 * numbers and decides nothing, so patient flows are exactly those of the scenario without money.
 *
 * <p>Where amounts land: each event's cost, insurance share and out-of-pocket part at the facility that provides
 * it (so facilities add up to their grid, tier and the network); the same cost also at the patient's home grid
 * (residents' spend, and with a global budget the claims its medical group pays). Consults and emergency visits are
 * priced when they happen, stays at discharge (cost = per stay + bed-day × days), and the levers' tests,
 * teleconsultations and outreach from their counts at the end.
 */
final class Money {
    static final double HOURS_PER_YEAR = 8760;
    private final MoneySpec spec;
    private final Scenario scenario;
    private final Grids grids;
    private final boolean globalBudget;
    /** Per grid: cost of its residents' consults, emergency visits and stays; the insurance share of it. */
    private final double[] residentSpend;
    private final double[] residentClaims;

    Money(Scenario scenario, Grids grids) {
        this.spec = scenario.money();
        this.scenario = scenario;
        this.grids = grids;
        this.globalBudget = spec.payment().method() == MoneySpec.Method.GLOBAL_BUDGET;
        residentSpend = new double[grids.ids.length];
        residentClaims = new double[grids.ids.length];
    }

    /** The out-of-pocket price of a consult at a facility for a patient who comes without a referral. */
    static double firstVisitPrice(MoneySpec spec, String facility, Tier t) {
        double cost = spec.costs().visit(facility, t);
        return cost - spec.reimbursement().insured(t, cost, false, false, false);
    }

    /** A completed consult at {@code f}. */
    void visit(Facility f, Patient p) {
        double cost = spec.costs().visit(f.id(), f.spec.tier());
        f.outpatientUnit(p).measures.spendVisits += cost;
        book(f, p, cost, false, cost);
    }

    /** A patient seen at {@code f}'s emergency department, priced as a consult there (no bypass penalty). */
    void emergency(Facility f, Patient p) {
        double cost = spec.costs().visit(f.id(), f.spec.tier());
        f.unitFor(p).measures.spendOther += cost;
        book(f, p, cost, false, cost);
    }

    /**
     * A stay at {@code f} that ends now. Under per-admission payment a hospital stay of a priced condition is paid
     * its fixed amount instead of its cost: the difference is the hospital's gain or loss, and the fund pays the fixed
     * amount less what the patient pays (patients pay their share of the cost, as under any method).
     */
    void stay(Facility f, Patient p) {
        Tier t = f.spec.tier();
        double cost = spec.costs().stay(f.id(), t, p.stayH());
        Measures w = f.wardUnit(p).measures;
        w.spendStays += cost;
        w.stays++;
        double revenue = cost;
        if (spec.payment().method() == MoneySpec.Method.PER_ADMISSION && t.isHospital() && p.condition != null) {
            Double fixed = spec.payment().perAdmission().get(p.condition.id());
            if (fixed != null) revenue = fixed;
        }
        w.providerBalance += revenue - cost;
        book(f, p, cost, true, revenue);
    }

    /** Splits {@code cost} between insurance and the patient, and says who pays the provider's {@code revenue}. */
    private void book(Facility f, Patient p, double cost, boolean stay, double revenue) {
        boolean emergency = p.condition != null && p.condition.emergency();
        double insured = spec.reimbursement().insured(f.spec.tier(), cost, p.referred(), emergency, stay);
        double own = cost - insured;
        Measures m = stay ? f.wardUnit(p).measures : f.outpatientUnit(p).measures;
        m.spendInsurance += insured;
        m.spendOutOfPocket += own;
        int g = p.zone >= 0 && grids.active() ? grids.zoneGrid[p.zone] : -1;
        if (g >= 0) {
            residentSpend[g] += cost;
            residentClaims[g] += insured;
        }
        // With a global budget the group pays its residents' claims out of the budget; the fund pays everything else.
        if (!(globalBudget && g >= 0)) m.fundDirect += revenue - own;
    }

    /** Forgets the warm-up (the facilities' own amounts are reset with their measures). */
    void reset() {
        java.util.Arrays.fill(residentSpend, 0);
        java.util.Arrays.fill(residentClaims, 0);
    }

    /**
     * Prices the levers' events from the facility's counts, at the end: tests and teleconsultations at the tier of
     * the facility that counts them (repeated tests as care of a referred patient), outreach sessions and the
     * specialists' travel wholly by insurance (a purchased programme, outside the groups' budgets).
     */
    void finish(Facility f, Measures m) {
        MoneySpec.Costs c = spec.costs();
        MoneySpec.Reimbursement r = spec.reimbursement();
        Tier t = f.spec.tier();
        double tests = c.test() * m.diagnosticTests;
        double repeats = c.test() * m.repeatTests;
        double tele = c.teleconsultation() * m.teleconsultations;
        double outreach = c.outreachSession() * m.outreachSessions + c.travelPerHour() * m.outreachTravelH;
        double insured = r.insured(t, tests + tele, false, false, false) + r.insured(t, repeats, true, false, false) + outreach;
        double cost = tests + repeats + tele + outreach;
        m.spendOther += cost;
        m.spendInsurance += insured;
        m.spendOutOfPocket += cost - insured;
        m.fundDirect += insured;
        m.hasMoney = true;
        m.perAdmission = spec.payment().method() == MoneySpec.Method.PER_ADMISSION;
    }

    /** A grid's residents, their spend and, with a global budget, the group's budget for the measured period. */
    void fillGrid(Measures m, int g, double measuredH) {
        double residents = 0;
        for (int z = 0; z < scenario.zones().size(); z++) if (grids.zoneGrid[z] == g) residents += scenario.zones().get(z).residents();
        m.residents = residents;
        m.residentSpend = residentSpend[g];
        m.measuredH = measuredH;
        if (hasBudget()) {
            m.hasBudget = true;
            m.budgetPaid = globalBudget;
            m.budget = budget(residents, measuredH);
            m.budgetClaims = residentClaims[g];
        }
    }

    /** The network: every resident and every yuan, the fund's outlay, the groups' balances added up. */
    void fillNetwork(Measures m, double measuredH) {
        double residents = 0;
        for (ZoneSpec z : scenario.zones()) residents += z.residents();
        m.residents = residents;
        m.residentSpend = m.spendVisits + m.spendStays + m.spendOther;
        m.measuredH = measuredH;
        m.fund = true;
        if (hasBudget()) {
            double gridded = 0;
            for (int z = 0; z < scenario.zones().size(); z++) if (grids.active() && grids.zoneGrid[z] >= 0) gridded += scenario.zones().get(z).residents();
            double claims = 0;
            for (double x : residentClaims) claims += x;
            m.hasBudget = true;
            m.budgetPaid = globalBudget;
            m.budget = budget(gridded, measuredH);
            m.budgetClaims = claims;
        }
    }

    /**
     * Whether a budget per resident-year is declared: paid as a global budget, or under another method a benchmark —
     * the balance a packaged budget of that size would leave (planners ask this before they package payment).
     */
    private boolean hasBudget() { return spec.payment().budgetPerResidentYear() > 0; }

    private double budget(double residents, double measuredH) {
        return spec.payment().budgetPerResidentYear() * residents * measuredH / HOURS_PER_YEAR;
    }
}

package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.Comparison;
import org.tiercare.report.ComparisonRow;
import org.tiercare.report.MetricRow;
import org.tiercare.scenario.Scenario;

/**
 * Money on a short run of the demo district: the amounts add up (total = insurance + out of pocket; facilities and
 * tiers add up to the network; a group's balance is its budget minus its residents' claims); without a price term
 * money changes no patient flow; with one, a higher primary-care reimbursement moves first contacts to primary care.
 */
class MoneyTest {
    private static final Path DEMO = Path.of("scenarios/demo-district.yaml");
    private static final List<String> SHORT = List.of("warmup=7 d", "horizon=28 d", "replications=3");
    private static final int REPS = 3;
    private static final Set<String> MONEY = Set.of("spend_total", "spend_insurance", "spend_out_of_pocket",
            "spend_per_resident", "spend_per_visit", "spend_per_admission", "fund_outlay", "budget_balance", "provider_balance");
    private static List<MetricRow> base;

    @BeforeAll
    static void runBase() throws Exception {
        base = Experiment.run(ScenarioLoader.load(DEMO, SHORT), "base", REPS, 2, null).rows();
    }

    @Test
    void moneyAddsUp() {
        assertEquals(REPS, reps(base).size());
        for (int r : reps(base)) {
            double total = value(base, r, "network", "all", "spend_total");
            double insurance = value(base, r, "network", "all", "spend_insurance");
            assertTrue(total > 0 && insurance > 0 && insurance < total, "demo pays something, insurance a part of it");
            assertEquals(total, insurance + value(base, r, "network", "all", "spend_out_of_pocket"), total * 1e-12);
            // Fee for service: the fund pays exactly the insurance share (the demo's budget is a benchmark only) ...
            assertEquals(insurance, value(base, r, "network", "all", "fund_outlay"), insurance * 1e-12);
            // ... whose balance is the benchmark budget minus the gridded residents' claims, the grids adding up.
            double balance = value(base, r, "network", "all", "budget_balance");
            assertEquals(balance, sum(base, r, "grid", "budget_balance"), Math.abs(balance) * 1e-9 + 1e-6);
            for (String metric : List.of("spend_total", "spend_insurance", "spend_out_of_pocket")) {
                double network = value(base, r, "network", "all", metric);
                assertEquals(network, sum(base, r, "facility", metric), network * 1e-12, metric + " over facilities");
                assertEquals(network, sum(base, r, "tier", metric), network * 1e-12, metric + " over tiers");
            }
        }
    }

    @Test
    void withoutAPriceTermOnlyTheMoneyMoves(@TempDir Path tmp) throws Exception {
        // The demo with its money section cut out gives exactly the other rows.
        String yaml = Files.readString(DEMO);
        int from = yaml.indexOf("# Money (");
        int to = yaml.indexOf("# Resource-sinking levers");
        assertTrue(from > 0 && to > from, "demo layout changed: update this test");
        Path without = copyDemo(tmp, yaml.substring(0, from) + yaml.substring(to).replaceAll("(?m)^  - \\{id: (reimbursement-gap|packaged-payment).*\\n", ""));
        Scenario bare = ScenarioLoader.load(without, SHORT);
        assertEquals(null, bare.money());
        List<MetricRow> rows = Experiment.run(bare, "base", REPS, 2, null).rows();
        assertEquals(withoutMoney(base), rows);

        // A reimbursement gap without a price term: the same flows, more paid by insurance, less by patients.
        List<MetricRow> gap = Experiment.run(ScenarioLoader.load(DEMO, concat(SHORT, "money.reimbursement.rate.primary=0.9",
                "money.reimbursement.rate.tertiary=0.6", "money.reimbursement.rate.secondary=0.75")), "gap", REPS, 2, null).rows();
        assertEquals(withoutMoney(base), withoutMoney(gap).stream()
                .map(x -> new MetricRow("base", x.replication(), x.scope(), x.scopeId(), x.metric(), x.value())).toList());
        List<ComparisonRow> d = paired(base, gap);
        assertTrue(network(d, "spend_insurance").diffLow() > 0, () -> "" + network(d, "spend_insurance"));
        assertTrue(network(d, "spend_out_of_pocket").diffHigh() < 0, () -> "" + network(d, "spend_out_of_pocket"));
        assertEquals(0, network(d, "spend_total").diffMean(), 1e-6, "the care, and so its cost, is the same");
    }

    @Test
    void aGroupsBalanceIsItsBudgetMinusItsResidentsClaims() throws Exception {
        // Insurance pays everything (rate 1, no deductible), so a group's claims are its residents' whole spend.
        List<MetricRow> rows = Experiment.run(ScenarioLoader.load(DEMO, concat(SHORT, "money.payment.method=global_budget",
                "money.payment.budget_per_resident_year=1900", "money.reimbursement.rate.primary=1", "money.reimbursement.rate.secondary=1",
                "money.reimbursement.rate.tertiary=1", "money.reimbursement.rate.rehab=1", "money.reimbursement.deductible.primary=0",
                "money.reimbursement.deductible.secondary=0", "money.reimbursement.deductible.tertiary=0",
                "money.reimbursement.deductible.rehab=0")), "budget", REPS, 2, null).rows();
        double years = 28.0 / 365;
        // Residents from scenarios/data/demo-zones.csv: West Z01–Z06, 6 × 150,000; East Z07–Z08 120,000 each, Z09–Z12 90,000 each.
        double west = 6 * 150_000, east = 2 * 120_000 + 4 * 90_000;
        for (int r : reps(rows)) {
            double balances = 0;
            for (String[] g : new String[][] {{"West", "" + west}, {"East", "" + east}}) {
                double residents = Double.parseDouble(g[1]);
                double budget = 1900 * residents * years;
                double claims = value(rows, r, "grid", g[0], "spend_per_resident") * residents * years;
                double balance = value(rows, r, "grid", g[0], "budget_balance");
                assertEquals(budget - claims, balance, budget * 1e-9, g[0]);
                balances += balance;
            }
            double outlay = value(rows, r, "network", "all", "fund_outlay");
            assertEquals(balances, value(rows, r, "network", "all", "budget_balance"), outlay * 1e-9);
            // The fund pays the budgets and, outside them, nothing but outreach and lever care: outlay = claims + balance.
            assertEquals(value(rows, r, "network", "all", "spend_insurance") + balances,
                    outlay, outlay * 1e-9);
            assertEquals(value(rows, r, "network", "all", "spend_total"), value(rows, r, "network", "all", "spend_insurance"),
                    outlay * 1e-9);
        }
        assertEquals(withoutMoney(base), withoutMoney(rows).stream()
                .map(x -> new MetricRow("base", x.replication(), x.scope(), x.scopeId(), x.metric(), x.value())).toList(),
                "paying providers differently moves no patient");
    }

    @Test
    void withAPriceTermAHigherPrimaryRateMovesFirstContactsDown() throws Exception {
        List<String> priced = concat(SHORT, "choice.price_per_yuan=-0.01");
        List<MetricRow> low = Experiment.run(ScenarioLoader.load(DEMO, priced), "base", REPS, 2, null).rows();
        List<MetricRow> high = Experiment.run(ScenarioLoader.load(DEMO, concat(priced, "money.reimbursement.rate.primary=0.95")),
                "high", REPS, 2, null).rows();
        assertFalse(withoutMoney(low).equals(withoutMoney(base)), "the price term changes the choices");
        List<ComparisonRow> d = paired(low, high);
        assertTrue(network(d, "primary_visit_share").diffLow() > 0, () -> "" + network(d, "primary_visit_share"));
        assertTrue(network(d, "bypass_rate").diffHigh() < 0, () -> "" + network(d, "bypass_rate"));
        assertTrue(network(d, "spend_out_of_pocket").diffHigh() < 0, () -> "" + network(d, "spend_out_of_pocket"));
    }

    private static List<ComparisonRow> paired(List<MetricRow> a, List<MetricRow> b) {
        List<MetricRow> rows = new ArrayList<>(a);
        rows.addAll(b);
        return Comparison.paired(rows, a.get(0).variant());
    }

    private static List<Integer> reps(List<MetricRow> rows) {
        return rows.stream().map(MetricRow::replication).distinct().sorted().toList();
    }

    private static List<MetricRow> withoutMoney(List<MetricRow> rows) {
        return rows.stream().filter(r -> !MONEY.contains(r.metric())).toList();
    }

    private static double value(List<MetricRow> rows, int rep, String scope, String id, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals(scope) && r.scopeId().equals(id)
                && r.metric().equals(metric)).findFirst().orElseThrow(() -> new AssertionError(scope + "/" + id + " " + metric)).value();
    }

    private static double sum(List<MetricRow> rows, int rep, String scope, String metric) {
        return rows.stream().filter(r -> r.replication() == rep && r.scope().equals(scope) && r.metric().equals(metric))
                .mapToDouble(MetricRow::value).sum();
    }

    private static ComparisonRow network(List<ComparisonRow> rows, String metric) {
        return rows.stream().filter(r -> r.scope().equals("network") && r.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static Path copyDemo(Path tmp, String yaml) throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Files.copy(Path.of("scenarios/data/demo-zones.csv"), tmp.resolve("data/demo-zones.csv"));
        Path p = tmp.resolve("demo.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(List.of(b));
        return r;
    }
}

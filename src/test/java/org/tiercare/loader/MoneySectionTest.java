package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.scenario.MoneySpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;

/** {@code money:} and the choice model's price term: values, tier groups, defaults and each mistake at its place. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class MoneySectionTest {

    @TempDir Path dir;

    @Test
    void tierMapsResolveTheMostSpecificKey() throws Exception {
        Scenario s = ScenarioLoader.load(write("m.yaml", minimal("""
                money:
                  costs:
                    visit: {hospital: 300, community: 100, default: 50}
                    admission: 8000
                    test: 150
                  reimbursement:
                    rate: {primary: 0.9, township: 0.8, hospital: 0.6}
                    bypass_penalty: 0.1
                """)));
        MoneySpec m = s.money();
        assertEquals(300, m.costs().visit(Tier.TERTIARY));
        assertEquals(300, m.costs().visit(Tier.SECONDARY));
        assertEquals(100, m.costs().visit(Tier.COMMUNITY));
        assertEquals(50, m.costs().visit(Tier.TOWNSHIP));      // neither named nor in a group given: default
        assertEquals(50, m.costs().visit(Tier.REHAB));
        assertEquals(8000, m.costs().admission().get(Tier.REHAB)); // one number: every tier
        assertEquals(Map.of(), m.costs().bedDay());                // absent: nothing for any tier
        assertEquals(0.9, m.reimbursement().rate().get(Tier.VILLAGE));
        assertEquals(0.8, m.reimbursement().rate().get(Tier.TOWNSHIP)); // the tier beats its group
        assertNull(m.reimbursement().rate().get(Tier.REHAB));          // left out: insurance pays nothing there
        assertEquals(MoneySpec.Payment.FEE_FOR_SERVICE, m.payment());
        // A self-referral to a hospital loses the penalty; a referred patient or an emergency does not.
        assertEquals(0.5, m.reimbursement().share(Tier.TERTIARY, false, false), 1e-12);
        assertEquals(0.6, m.reimbursement().share(Tier.TERTIARY, true, false), 1e-12);
        assertEquals(0.6, m.reimbursement().share(Tier.TERTIARY, false, true), 1e-12);
        assertEquals(0.9, m.reimbursement().share(Tier.COMMUNITY, false, false), 1e-12);
        assertEquals(0, s.choice() == null ? 0 : s.choice().pricePerYuan());
    }

    @Test
    void aFacilityMayHaveItsOwnCosts() throws Exception {
        MoneySpec.Costs c = ScenarioLoader.load(write("own.yaml", minimal("""
                money:
                  costs:
                    visit: {community: 100}
                    admission: {community: 1000}
                    bed_day: {community: 200}
                    facilities: {C1: {visit: 150, bed_day: 300}}
                """))).money().costs();
        assertEquals(150, c.visit("C1", Tier.COMMUNITY));
        assertEquals(100, c.visit("C2", Tier.COMMUNITY));             // not listed: its tier's
        assertEquals(1000 + 300 * 2.5, c.stay("C1", Tier.COMMUNITY, 60), 1e-9); // own bed-day, the tier's admission
        Path bad = write("own-bad.yaml", minimal("""
                money:
                  costs: {facilities: {C9: {visit: 1}, C1: {visit: -1, beds: 2}}}
                """));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bad));
        assertProblems(bad, e, new Object[][] {
            {7, 24, "money.costs.facilities: 'C9' is not a facility; known facilities: C1"},
            {7, 52, "money.costs.facilities.C1.visit: -1 is negative"},
            {7, 56, "unknown key 'beds' in money.costs.facilities.C1"},
        });
    }

    @Test
    void absentMoneyIsNullAndPaymentMethodsBind() throws Exception {
        assertNull(ScenarioLoader.load(write("n.yaml", minimal(""))).money());
        MoneySpec budget = ScenarioLoader.load(write("b.yaml", minimal("""
                money: {payment: {method: global_budget, budget_per_resident_year: 1500}}
                """))).money();
        assertEquals(new MoneySpec.Payment(MoneySpec.Method.GLOBAL_BUDGET, 1500, Map.of()), budget.payment());
    }

    @Test
    void everyMoneyMistakeIsReportedAtItsLineAndColumn() throws Exception {
        Path file = write("bad.yaml", minimal("""
                money:
                  costs:
                    visit: {tertiary: -5, hospitals: 300}
                    bed_day: 2e9
                  reimbursement:
                    rate: {primary: 1.5}
                    deductible: {tertiary: lots}
                  payment:
                    method: capitation
                    per_admission: {flu: 100}
                choice: {tier_constants: {community: 0}, price_per_yuan: -0.01}
                """));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        Object[][] expected = {
            {8, 23, "money.costs.visit.tertiary: -5 is negative"},
            {8, 27, "money.costs.visit: 'hospitals' is not a tier"},
            {9, 14, "money.costs.bed_day: 2e9 is above 10000000"},
            {11, 21, "money.reimbursement.rate.primary: 1.5 is outside [0, 1]"},
            {12, 28, "money.reimbursement.deductible.tertiary: 'lots' is not a number"},
            {14, 13, "money.payment.method: 'capitation' is not a payment method; expected one of: fee_for_service, global_budget, per_admission"},
            {15, 21, "money.payment.per_admission: 'flu' is not a condition"},
        };
        assertProblems(file, e, expected);

        // Another method's settings are checked and kept (a budget under fee for service is a benchmark), so variants
        // can switch the method of one file.
        Path other = write("other.yaml", minimal("""
                money:
                  payment: {method: fee_for_service, budget_per_resident_year: 1500}
                """));
        assertEquals(new MoneySpec.Payment(MoneySpec.Method.FEE_FOR_SERVICE, 1500, Map.of()),
                ScenarioLoader.load(other).money().payment());
        Path otherBad = write("other-bad.yaml", minimal("""
                money:
                  payment: {method: fee_for_service, budget_per_resident_year: -1}
                """));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(otherBad));
        assertProblems(otherBad, e, new Object[][] {{7, 64, "money.payment.budget_per_resident_year: -1 is negative"}});

        Path drg = write("drg.yaml", minimal("""
                money:
                  payment: {method: per_admission, per_admission: {flu: 100}}
                """));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(drg));
        assertProblems(drg, e, new Object[][] {{7, 52, "money.payment.per_admission: 'flu' is not a condition"}});

        Path needsBudget = write("nb.yaml", minimal("money: {payment: {method: global_budget}}"));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(needsBudget));
        assertTrue(e.getMessage().contains("missing required key 'budget_per_resident_year'"), e::getMessage);

        Path price = write("price.yaml", minimal("choice: {tier_constants: {community: 0}, price_per_yuan: -0.01}"));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(price));
        assertProblems(price, e, new Object[][] {{6, 42, "choice.price_per_yuan: a price term needs prices"}});
        // 0 is the default and needs no prices
        ScenarioLoader.load(write("zero.yaml", minimal("choice: {tier_constants: {community: 0}, price_per_yuan: 0}")));
    }

    private static void assertProblems(Path file, ScenarioException e, Object[][] expected) {
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (int i = 0; i < expected.length; i++) {
            Problem p = ps.get(i);
            Object[] x = expected[i];
            assertEquals(file.toString(), p.file());
            assertTrue(p.line() == (int) x[0] && p.column() == (int) x[1] && p.message().contains((String) x[2]),
                    () -> "wanted " + List.of(x) + ", got " + p);
        }
    }

    private static String minimal(String extra) {
        return """
                name: m
                horizon: 1 d
                zones: [{id: Z1}]
                facilities: [{id: C1, tier: community, zone: Z1, outpatient: {doctors: 1, consult_time: 10 min}}]
                arrivals: [{facility: C1, rate_per_hour: 1}]
                """ + extra + "\n";
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}

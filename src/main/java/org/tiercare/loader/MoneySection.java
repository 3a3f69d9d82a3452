package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.MoneySpec;
import org.tiercare.scenario.Tier;

/**
 * {@code money}: costs per event by tier (a facility may have its own), the share insurance pays, and how providers are paid. Absent: no
 * money is counted (null), and the files are as before. Amounts are in yuan (元); tier maps take tiers,
 * {@code primary} (community, township, village), {@code hospital} (secondary, tertiary) and {@code default},
 * the most specific key winning, so a sweep can move every primary tier's rate with one path.
 */
final class MoneySection {

    static final String KEY = "money";
    static final List<String> KEYS = List.of("costs", "reimbursement", "payment");
    static final List<String> COST_KEYS = List.of("visit", "admission", "bed_day", "test", "teleconsultation",
            "outreach_session", "travel_per_hour", "facilities");
    static final List<String> OWN_KEYS = List.of("visit", "admission", "bed_day");
    static final List<String> REIMBURSEMENT_KEYS = List.of("rate", "referred_bonus", "bypass_penalty", "deductible");
    static final List<String> PAYMENT_KEYS = List.of("method", "budget_per_resident_year", "per_admission");
    /**
     * Yuan per event: the dearest stays cost a few hundred thousand yuan; ten million is a typo.
     * Per resident-year the same limit holds (China spends about 6,400 yuan per person a year).
     */
    static final Range YUAN = Range.upTo(0, false, 10_000_000);
    private static final List<String> TIER_KEYS;

    static {
        List<String> k = new ArrayList<>(List.of("default", "primary", "hospital"));
        for (Tier t : Tier.values()) k.add(t.yamlName);
        TIER_KEYS = List.copyOf(k);
    }

    private MoneySection() {}

    /** @return the money section, or null when absent or wrong */
    static MoneySpec bind(Fields top, List<ConditionSpec> conditions, List<FacilitySpec> facilities) {
        YamlNode node = top.node(KEY);
        if (node == null) return null;
        Fields f = Fields.of(top.problems, node, KEY, KEYS);
        if (!f.isMap()) return null;
        int before = top.problems.size();
        MoneySpec.Costs costs = costs(f, facilities);
        MoneySpec.Reimbursement reimbursement = reimbursement(f);
        MoneySpec.Payment payment = payment(f, conditions);
        if (top.problems.size() != before) return null;
        return new MoneySpec(costs, reimbursement, payment);
    }

    /** A price term in the choice model with no prices to weigh: the planner's coefficient would change nothing. */
    static void priceWithoutMoney(Fields top) {
        if (!(top.node(ChoiceSection.KEY) instanceof MapNode choice)) return;
        MapNode.Entry e = choice.entries.get("price_per_yuan");
        if (e == null) return;
        top.problems.add(e.keyLoc(), Text.at(ChoiceSection.KEY + ".price_per_yuan", Text.get("money.priceWithoutMoney")));
    }

    private static MoneySpec.Costs costs(Fields top, List<FacilitySpec> facilities) {
        String expected = Text.get("expect.yuan");
        Fields f = Fields.of(top.problems, top.node("costs") == null ? new MapNode(top.loc()) : top.node("costs"),
                top.at("costs"), COST_KEYS);
        if (!f.isMap()) return null;
        Map<Tier, Double> visit = tiers(f, "visit", expected, YUAN);
        Map<Tier, Double> admission = tiers(f, "admission", expected, YUAN);
        Map<Tier, Double> bedDay = tiers(f, "bed_day", expected, YUAN);
        Double test = f.number("test", false, 0, YUAN);
        Double tele = f.number("teleconsultation", false, 0, YUAN);
        Double session = f.number("outreach_session", false, 0, YUAN);
        Double travel = f.number("travel_per_hour", false, 0, YUAN);
        Map<String, MoneySpec.Own> own = own(f, facilities);
        if (visit == null || admission == null || bedDay == null || test == null || tele == null || session == null
                || travel == null || own == null) return null;
        return new MoneySpec.Costs(visit, admission, bedDay, test, tele, session, travel, own);
    }

    /** {@code costs.facilities}: facility id → its own {@code visit}, {@code admission}, {@code bed_day}. */
    private static Map<String, MoneySpec.Own> own(Fields f, List<FacilitySpec> facilities) {
        YamlNode n = f.node("facilities");
        Map<String, MoneySpec.Own> out = new LinkedHashMap<>();
        if (n == null) return out;
        if (!(n instanceof MapNode m)) {
            f.problem("facilities", Text.get("got", Text.get("expect.ownCosts"), n.describe()));
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (facilities != null) for (FacilitySpec x : facilities) ids.add(x.id());
        boolean ok = true;
        for (MapNode.Entry e : m.entries.values()) {
            String id = e.key().strip();
            if (facilities != null && !ids.contains(id)) {
                f.problems.add(e.keyLoc(), Text.at(f.at("facilities"),
                        Text.get("ref.notFacility", e.key(), Text.join(ids), Names.didYouMean(e.key(), ids))));
                ok = false;
                continue;
            }
            Fields o = Fields.of(f.problems, e.value(), f.at("facilities") + "." + id, OWN_KEYS);
            if (!o.isMap()) {
                ok = false;
                continue;
            }
            int before = f.problems.size();
            Double visit = o.has("visit") ? o.number("visit", false, 0, YUAN) : null;
            Double admission = o.has("admission") ? o.number("admission", false, 0, YUAN) : null;
            Double bedDay = o.has("bed_day") ? o.number("bed_day", false, 0, YUAN) : null;
            if (f.problems.size() != before) ok = false;
            else out.put(id, new MoneySpec.Own(visit, admission, bedDay));
        }
        return ok ? out : null;
    }

    private static MoneySpec.Reimbursement reimbursement(Fields top) {
        Fields f = Fields.of(top.problems, top.node("reimbursement") == null ? new MapNode(top.loc()) : top.node("reimbursement"),
                top.at("reimbursement"), REIMBURSEMENT_KEYS);
        if (!f.isMap()) return null;
        Map<Tier, Double> rate = tiers(f, "rate", Text.get("expect.aProbability"), Range.PROBABILITY);
        Double bonus = f.number("referred_bonus", false, 0, Range.PROBABILITY);
        Double penalty = f.number("bypass_penalty", false, 0, Range.PROBABILITY);
        Map<Tier, Double> deductible = tiers(f, "deductible", Text.get("expect.yuan"), YUAN);
        if (rate == null || bonus == null || penalty == null || deductible == null) return null;
        return new MoneySpec.Reimbursement(rate, bonus, penalty, deductible);
    }

    private static MoneySpec.Payment payment(Fields top, List<ConditionSpec> conditions) {
        if (top.node("payment") == null) return MoneySpec.Payment.FEE_FOR_SERVICE;
        Fields f = Fields.of(top.problems, top.node("payment"), top.at("payment"), PAYMENT_KEYS);
        if (!f.isMap()) return null;
        int before = f.problems.size();
        MoneySpec.Method method = f.choice("method", "choice.paymentMethod", MoneySpec.Method.class,
                MoneySpec.Method.FEE_FOR_SERVICE);
        boolean budget = method == MoneySpec.Method.GLOBAL_BUDGET;
        boolean drg = method == MoneySpec.Method.PER_ADMISSION;
        // Every method's settings are read and checked; only the chosen method pays (a budget under another method is
        // a benchmark): variants switch the
        // method of a file that keeps the others' settings (and variants are checked on top of one another).
        Double perResident = f.number("budget_per_resident_year", budget, 0, YUAN);
        Map<String, Double> perAdmission = f.has("per_admission") || drg ? perAdmission(f, conditions) : Map.of();
        if (f.problems.size() != before) return null;
        // A budget under another method is a benchmark (budget_balance says what packaging at that level would leave).
        return new MoneySpec.Payment(method, perResident == null ? 0 : perResident, drg ? perAdmission : Map.of());
    }

    /** {@code per_admission}: condition id → yuan per hospital stay. */
    private static Map<String, Double> perAdmission(Fields f, List<ConditionSpec> conditions) {
        YamlNode n = f.node("per_admission");
        if (n == null) {
            f.missing("per_admission", Text.get("expect.perAdmission"));
            return null;
        }
        if (!(n instanceof MapNode m)) {
            f.problem("per_admission", Text.get("got", Text.get("expect.perAdmission"), n.describe()));
            return null;
        }
        List<String> ids = new ArrayList<>();
        if (conditions != null) for (ConditionSpec c : conditions) ids.add(c.id());
        Map<String, Double> out = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries.values()) {
            String id = e.key().strip();
            if (conditions != null && !ids.contains(id)) {
                f.problems.add(e.keyLoc(), Text.at(f.at("per_admission"),
                        Text.get("money.notCondition", e.key(), Text.join(ids), Names.didYouMean(e.key(), ids))));
                continue;
            }
            Double v = Fields.numberOf(f.problems, e.value(), f.at("per_admission") + "." + id, YUAN);
            if (v != null) out.put(id, v);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A value per tier: one number for every tier, or a map whose keys are tiers, {@code primary},
     * {@code hospital} or {@code default}. Absent: empty (nothing for any tier).
     */
    private static Map<Tier, Double> tiers(Fields f, String key, String valueExpected, Range range) {
        YamlNode n = f.node(key);
        Map<Tier, Double> out = new EnumMap<>(Tier.class);
        if (n == null) return Collections.unmodifiableMap(out);
        if (n instanceof Scalar) {
            Double v = f.number(key, false, 0, range);
            if (v == null) return null;
            for (Tier t : Tier.values()) out.put(t, v);
            return Collections.unmodifiableMap(out);
        }
        int before = f.problems.size();
        Map<String, YamlNode> entries = Sections.tierMap(f, key, valueExpected, TIER_KEYS);
        if (entries == null) return null;
        Map<String, Double> values = new LinkedHashMap<>();
        boolean ok = f.problems.size() == before;
        for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
            Double v = Fields.numberOf(f.problems, e.getValue(), f.at(key) + "." + e.getKey(), range);
            if (v == null) ok = false; else values.put(e.getKey(), v);
        }
        if (!ok) return null;
        for (Tier t : Tier.values()) {
            String group = t.isPrimary() ? "primary" : t.isHospital() ? "hospital" : null;
            Double v = values.get(t.yamlName);
            if (v == null && group != null) v = values.get(group);
            if (v == null) v = values.get("default");
            if (v != null) out.put(t, v);
        }
        return Collections.unmodifiableMap(out);
    }
}

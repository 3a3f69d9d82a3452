package org.tiercare.scenario;

import java.util.Map;

/**
 * Money ({@code money:}): what each event of care costs, how much of it insurance pays, and how providers
 * are paid. Pure accounting on events the model already simulates: it changes no patient flow, except
 * through the choice model's price term ({@link ChoiceSpec#pricePerYuan()}, off by default), which reads
 * the out-of-pocket price of a first visit from here. All amounts are in yuan (元).
 *
 * @param costs         cost of each event by tier
 * @param reimbursement the share insurance pays
 * @param payment       how providers are paid
 */
public record MoneySpec(Costs costs, Reimbursement reimbursement, Payment payment) {

    /**
     * Costs per event, yuan. A tier missing from a map costs nothing for that event.
     *
     * @param visit            one outpatient consult (also an emergency visit), by the tier where it happens
     * @param admission        one inpatient stay (the part that does not grow with the stay), by tier
     * @param bedDay           each day in a bed, by tier; a stay costs admission + bed-day × days
     * @param test             one test at a shared diagnostic centre (and one repeated test at a hospital)
     * @param teleconsultation one remote consult
     * @param outreachSession  one specialist session at a clinic
     * @param travelPerHour    one hour of a visiting specialist's travel
     * @param facilities       a facility's own visit, admission and bed-day costs, in place of its tier's
     */
    public record Costs(Map<Tier, Double> visit, Map<Tier, Double> admission, Map<Tier, Double> bedDay, double test,
                        double teleconsultation, double outreachSession, double travelPerHour,
                        Map<String, Own> facilities) {
        public Costs {
            facilities = facilities == null ? Map.of() : Map.copyOf(facilities);
        }

        /** Costs by tier only. */
        public Costs(Map<Tier, Double> visit, Map<Tier, Double> admission, Map<Tier, Double> bedDay, double test,
                     double teleconsultation, double outreachSession, double travelPerHour) {
            this(visit, admission, bedDay, test, teleconsultation, outreachSession, travelPerHour, Map.of());
        }

        public double visit(Tier t) { return visit.getOrDefault(t, 0.0); }

        /** A stay of {@code stayH} hours at tier {@code t}. */
        public double stay(Tier t, double stayH) {
            return admission.getOrDefault(t, 0.0) + bedDay.getOrDefault(t, 0.0) * stayH / 24;
        }

        /** A consult at the facility: its own cost, else its tier's. */
        public double visit(String facility, Tier t) {
            Own o = facilities.get(facility);
            return o != null && o.visit() != null ? o.visit() : visit(t);
        }

        /** A stay of {@code stayH} hours at the facility: each part its own, else its tier's. */
        public double stay(String facility, Tier t, double stayH) {
            Own o = facilities.get(facility);
            double perStay = o != null && o.admission() != null ? o.admission() : admission.getOrDefault(t, 0.0);
            double perDay = o != null && o.bedDay() != null ? o.bedDay() : bedDay.getOrDefault(t, 0.0);
            return perStay + perDay * stayH / 24;
        }
    }

    /** One facility's own costs, yuan; null: its tier's. */
    public record Own(Double visit, Double admission, Double bedDay) {}

    /**
     * The share of a cost insurance pays (报销比例).
     *
     * @param rate          share by tier of the facility where the care happens (0–1); a tier left out: 0
     * @param referredBonus added to the rate for a patient who came through a referral (capped at 1)
     * @param bypassPenalty taken from the rate at a hospital (secondary, tertiary) for a patient who came without
     *                      a referral (not for emergencies; floored at 0)
     * @param deductible    deductible per stay by tier (起付线), yuan: insurance pays its share of what exceeds it
     */
    public record Reimbursement(Map<Tier, Double> rate, double referredBonus, double bypassPenalty,
                                Map<Tier, Double> deductible) {
        /** The share insurance pays of a cost at tier {@code t}. */
        public double share(Tier t, boolean referred, boolean emergency) {
            double r = rate.getOrDefault(t, 0.0);
            if (referred) r += referredBonus;
            else if (t.isHospital() && !emergency) r -= bypassPenalty;
            return Math.max(0, Math.min(1, r));
        }

        /** Insurance's part of {@code cost} at tier {@code t}; a stay first passes the deductible. */
        public double insured(Tier t, double cost, boolean referred, boolean emergency, boolean stay) {
            double base = stay ? Math.max(0, cost - deductible.getOrDefault(t, 0.0)) : cost;
            return base * share(t, referred, emergency);
        }
    }

    /** How providers are paid. */
    public enum Method {
        /** Every event at its cost (按项目付费). */
        FEE_FOR_SERVICE,
        /** Each grid's medical group receives a per-resident budget and pays for its residents' care (按人头打包付费). */
        GLOBAL_BUDGET,
        /** Hospital stays are paid a fixed amount by condition (按病组/病种分值付费, DRG/DIP-style). */
        PER_ADMISSION
    }

    /**
     * @param method                 how providers are paid
     * @param budgetPerResidentYear  with {@link Method#GLOBAL_BUDGET}: yuan per resident per year of the group's grid
     * @param perAdmission           with {@link Method#PER_ADMISSION}: payment per hospital stay by condition id;
     *                               conditions left out are paid their cost
     */
    public record Payment(Method method, double budgetPerResidentYear, Map<String, Double> perAdmission) {
        public static final Payment FEE_FOR_SERVICE = new Payment(Method.FEE_FOR_SERVICE, 0, Map.of());
    }
}

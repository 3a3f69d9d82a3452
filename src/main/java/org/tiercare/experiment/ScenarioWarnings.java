package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiercare.model.Workload;
import org.tiercare.report.RunWarning;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.OutreachSpec;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;

/**
 * Mistakes of meaning a scenario can hold although every value is in range, found before anything runs (so
 * {@code validate} shows them) and carried into the run's warnings: a facility that receives patients but has no
 * capacity for them, a referral cycle nobody leaves, an offered load at or above capacity, a condition that no
 * facility can resolve. The loader checks each value; these checks look at how values fit together.
 *
 * <p>Why warnings rather than errors: each of these can be intended (a what-if with a closed clinic), and the run
 * still shows something; but its numbers mislead without the caveat — a clinic with no doctors reports 0 visits and
 * 0 unserved while its patients sit in the queue.
 */
public final class ScenarioWarnings {
    /** A referral probability this close to 1 is 1 (the table's rows are written as decimals). */
    private static final double CERTAIN = 1 - 1e-9;

    private ScenarioWarnings() {}

    /** The warnings of one variant's scenario, in a fixed order (facilities as listed, then the network). */
    public static List<RunWarning> check(String variant, Scenario s) {
        Out out = new Out(variant);
        noCapacity(s, out);
        Set<String> cycling = referralCycles(s, out);
        overload(s, out, cycling);
        emergencyOverload(s, out);
        noRoute(s, out);
        return out.warnings;
    }

    // ---------------------------------------------------------------------------------------------- no capacity

    private static void noCapacity(Scenario s, Out out) {
        Set<String> outreachClinics = new LinkedHashSet<>();
        for (OutreachSpec o : s.levers().outreach()) if (o.specialistDaysPerWeek() > 0) outreachClinics.addAll(o.clinics());
        for (FacilitySpec f : s.facilities()) {
            OutpatientSpec o = f.outpatient();
            if (o != null && receivesConsults(s, f) && !outreachClinics.contains(f.id())) {
                // (Opening hours and appointment slots: the loader demands at least one session and one slot.)
                if (o.doctors() <= 0) out.add(RunWarning.NO_CAPACITY, "facility", f.id(), "noCapacity.consults", who(f));
            }
            if ((f.beds() == null || f.beds().count() <= 0) && receivesAdmissions(s, f)) {
                out.add(RunWarning.NO_CAPACITY, "facility", f.id(), "noCapacity.beds", who(f));
            }
        }
    }

    /** Consults reach a facility from a fixed stream, a referral table, or (with zone demand) by choice and referral. */
    private static boolean receivesConsults(Scenario s, FacilitySpec f) {
        for (ArrivalStream a : s.arrivals()) if (a.facility().equals(f.id()) && a.entry() == Entry.OUTPATIENT && a.ratePerHour() > 0) return true;
        for (Referral r : s.referrals()) if (r.to().equals(f.id()) && r.probability() > 0) return true;
        return s.demand() != null && s.demand().contactsPerResidentYear() > 0 && !s.zones().isEmpty();
    }

    /**
     * Admissions reach a facility from a stream straight to beds, a stream whose consults admit, conditions that admit
     * at its tier where it consults or receives emergencies, or (a rehabilitation unit) down-referrals.
     */
    private static boolean receivesAdmissions(Scenario s, FacilitySpec f) {
        for (ArrivalStream a : s.arrivals()) {
            if (!a.facility().equals(f.id()) || a.ratePerHour() <= 0) continue;
            if (a.entry() == Entry.ADMISSION || a.admissionProbability() > 0) return true;
        }
        // Without a bed section the pathway sends its admissions to a hospital that has beds; with 0 beds it keeps them.
        if (f.beds() == null || s.demand() == null) return false;
        for (ConditionSpec c : s.conditions()) {
            if (!arises(s, c)) continue;
            if (c.admissionProbability(f.tier()) > 0 && (f.outpatient() != null || f.emergency())) return true;
            if (f.tier() == org.tiercare.scenario.Tier.REHAB && c.downReferralProbability() > 0) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ referral cycles

    /**
     * Cycles of the referral table along rows of probability 1, each once (from its first facility as listed).
     *
     * @return the facilities on such a cycle (their load is unbounded, so no load figure is given for them)
     */
    private static Set<String> referralCycles(Scenario s, Out out) {
        Set<String> reported = new LinkedHashSet<>();
        for (FacilitySpec start : s.facilities()) {
            List<String> path = new ArrayList<>();
            String at = start.id();
            while (at != null && !path.contains(at)) {
                path.add(at);
                at = certainTarget(s, at);
            }
            if (at == null || !at.equals(start.id()) || reported.contains(start.id())) continue;
            reported.addAll(path);
            path.add(start.id());
            out.add(RunWarning.REFERRAL_CYCLE, "facility", start.id(), "referralCycle", String.join(" \u2192 ", path));
        }
        return reported;
    }

    private static String certainTarget(Scenario s, String from) {
        for (Referral r : s.referrals()) if (r.from().equals(from) && r.probability() >= CERTAIN) return r.to();
        return null;
    }

    // -------------------------------------------------------------------------------------------------- overload

    /**
     * Offered load against capacity, where the scenario gives it: per facility from the fixed arrival streams
     * (through the referral tables), and for the whole network from zone demand ({@link Workload}'s mean rates, so
     * approximate: seasons, days and hours make peaks above the mean, and routing is not followed).
     */
    private static void overload(Scenario s, Out out, Set<String> cycling) {
        Workload w = Workload.of(s);
        double fixedConsults = 0, fixedAdmissions = 0;
        for (FacilitySpec f : s.facilities()) {
            double consults = w.facilityConsultsPerHour().getOrDefault(f.id(), 0.0);
            double admissions = w.facilityAdmissionsPerHour().getOrDefault(f.id(), 0.0);
            fixedConsults += consults;
            fixedAdmissions += admissions;
            if (cycling.contains(f.id())) continue;
            OutpatientSpec o = f.outpatient();
            if (o != null && o.doctors() > 0 && consults > 0) {
                double capacity = doctorHoursPerWeek(o);
                double offered = consults * 168 * o.consultTime().mean();
                if (capacity > 0 && offered >= capacity) out.add(RunWarning.OVERLOADED, "facility", f.id(), "overload.consults",
                        who(f), num(offered), num(capacity), pct(offered / capacity));
            }
            if (f.beds() != null && f.beds().count() > 0 && admissions > 0) {
                double offered = admissions * f.beds().lengthOfStay().mean();
                if (offered >= f.beds().count()) out.add(RunWarning.OVERLOADED, "facility", f.id(), "overload.beds",
                        who(f), num(offered), num(f.beds().count()), pct(offered / f.beds().count()));
            }
        }
        if (s.demand() == null) return;
        double doctorHours = 0, work = 0;
        int beds = 0;
        for (FacilitySpec f : s.facilities()) {
            OutpatientSpec o = f.outpatient();
            if (o != null && o.doctors() > 0) {
                double h = doctorHoursPerWeek(o);
                doctorHours += h;
                work += h * o.consultTime().mean();
            }
            if (f.beds() != null) beds += f.beds().count();
        }
        // Consult time weighted by where doctors sit: where consults go depends on the choice model, not followed here.
        double meanConsultH = doctorHours > 0 ? work / doctorHours : 0;
        double offeredConsults = (w.consultsPerHour() - fixedConsults) * 168 * meanConsultH;
        String network = out.sub("scope.network");
        if (doctorHours > 0 && offeredConsults >= doctorHours) out.add(RunWarning.OVERLOADED, "network", "all", "overload.consults",
                network, num(offeredConsults), num(doctorHours), pct(offeredConsults / doctorHours));
        double demandAdmissions = w.admissionsPerHour() - fixedAdmissions;
        double offeredBeds = demandAdmissions > 0 ? demandAdmissions * w.meanStayH() : 0;
        if (beds > 0 && offeredBeds >= beds) out.add(RunWarning.OVERLOADED, "network", "all", "overload.beds",
                network, num(offeredBeds), num(beds), pct(offeredBeds / beds));
    }

    private static double doctorHoursPerWeek(OutpatientSpec o) { return o.doctors() * o.hours().hoursPerWeek(); }

    /**
     * Emergency departments that queue, against the zone demand's emergencies (mean rates, as above). Only when every
     * emergency department queues: one that sees patients at once takes part of the load with no doctors to count.
     * The facility when there is one department, else the network as a whole (the nearest-department split is not
     * followed here).
     */
    private static void emergencyOverload(Scenario s, Out out) {
        if (s.demand() == null) return;
        List<FacilitySpec> eds = s.facilities().stream().filter(FacilitySpec::emergency).toList();
        if (eds.isEmpty() || eds.stream().anyMatch(f -> f.emergencyDepartment() == null)) return;
        double share = 0;
        for (var c : s.conditions()) if (c.emergency()) share += c.share();
        long residents = 0;
        for (var z : s.zones()) residents += z.residents();
        double perHour = residents * s.demand().contactsPerResidentYear() / 8760.0 * share;
        double capacity = 0, work = 0;
        for (FacilitySpec f : eds) {
            var ed = f.emergencyDepartment();
            double h = ed.doctors() * ed.hours().hoursPerWeek();
            capacity += h;
            work += h * ed.consultTime().mean();
        }
        if (perHour <= 0 || capacity <= 0) return;
        double offered = perHour * 168 * work / capacity;
        if (offered < capacity) return;
        boolean one = eds.size() == 1;
        out.add(RunWarning.OVERLOADED, one ? "facility" : "network", one ? eds.get(0).id() : "all", "overload.emergency",
                one ? who(eds.get(0)) : out.sub("scope.network"), num(offered), num(capacity), pct(offered / capacity));
    }

    // -------------------------------------------------------------------------------------------------- no route

    /**
     * A non-emergency condition whose severity no facility with outpatient care resolves (its patients are seen where
     * they first go and sent home); with grids, a grid none of whose members, lead or collaborating units does.
     */
    private static void noRoute(Scenario s, Out out) {
        if (s.demand() == null) return;
        LayoutSpec layout = s.activeLayout();
        for (ConditionSpec c : s.conditions()) {
            if (!arises(s, c)) continue;
            // An emergency condition goes to the nearest emergency department; the loader demands one exists.
            if (c.emergency()) continue;
            String level = Integer.toString(c.severity());
            if (s.facilities().stream().noneMatch(f -> resolves(f, c))) {
                out.add(RunWarning.NO_ROUTE, "network", "all", "noRoute.condition", c.id(), level);
                continue;
            }
            if (layout == null) continue;
            for (GridSpec g : layout.grids()) {
                Set<String> reach = new LinkedHashSet<>(g.members());
                reach.add(g.lead());
                reach.addAll(layout.collaborating());
                boolean some = reach.stream().map(s::facility).anyMatch(f -> f.isPresent() && resolves(f.get(), c));
                if (!some && !g.zones().isEmpty()) out.add(RunWarning.NO_ROUTE, "grid", g.id(), "noRoute.grid", c.id(), level, g.id());
            }
        }
    }

    private static boolean resolves(FacilitySpec f, ConditionSpec c) {
        return f.outpatient() != null && f.outpatient().doctors() > 0 && f.capability() >= c.severity();
    }

    // ------------------------------------------------------------------------------------------------- wording

    private static String who(FacilitySpec f) {
        return f.name() == null || f.name().equals(f.id()) ? f.id() : f.id() + " " + f.name();
    }

    private static String num(double x) { return String.format(Locale.ROOT, "%,.0f", x); }

    private static String pct(double x) { return String.format(Locale.ROOT, "%.0f", 100 * x); }

    /** Warnings in both languages, each sentence one pattern of the warnings bundle with the variant as {0}. */
    private static final class Out {
        final String variant;
        final List<RunWarning> warnings = new ArrayList<>();
        final Messages zh = Messages.of("warnings", Locale.SIMPLIFIED_CHINESE);
        final Messages en = Messages.of("warnings", Locale.ENGLISH);
        /** Sub-phrases resolved per language at {@link #add}: marked so that add can tell them from literal ids. */
        private static final String SUB = "\u0000";

        Out(String variant) { this.variant = variant; }

        String sub(String key) { return SUB + key; }

        void add(String code, String scope, String scopeId, String key, String... args) {
            warnings.add(new RunWarning(code, variant, scope, scopeId, text(zh, key, args), text(en, key, args)));
        }

        private String text(Messages m, String key, String[] args) {
            Object[] all = new Object[args.length + 1];
            all[0] = variant;
            for (int i = 0; i < args.length; i++) all[i + 1] = args[i].startsWith(SUB) ? m.get(args[i].substring(1)) : args[i];
            return m.get(key, all);
        }
    }

    /** Whether needs of condition {@code c} arise: at the scenario's share, a zone's own mix or a population group's. */
    private static boolean arises(Scenario s, ConditionSpec c) {
        if (c.share() > 0) return true;
        for (var z : s.zones()) if (z.conditionShares().getOrDefault(c.id(), 0.0) > 0) return true;
        for (var g : s.groups()) if (g.conditions().getOrDefault(c.id(), 0.0) > 0) return true;
        return false;
    }
}

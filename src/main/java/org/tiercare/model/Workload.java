package org.tiercare.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.Referral;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/**
 * What one replication of a scenario will cost, worked out from the scenario alone before anything runs: care needs,
 * consults, admissions and events over warm-up and horizon, the patients inside the model at its busiest, and from
 * those the heap and a range of run time. A pure function of the {@link Scenario}; every figure is an estimate of the
 * mean (demand is random, routing depends on the choice model), meant to tell 100 MB from 10 GB and a minute from an
 * hour, not to predict a run's numbers.
 *
 * <p>Consults per need, by condition: one first consult; one more when the severity is beyond what any primary
 * clinic resolves (a referral up: {@code Referrals.upFrom} always reaches a facility that resolves it in one step);
 * plus the follow-up visits. Admissions: the condition's highest admission probability over tiers, on the consult that
 * resolves it and on each follow-up (an upper-ish estimate: patients resolved at a tier that admits less count as if
 * they were not). Fixed arrival streams go through the referral tables as a Jackson network.
 *
 * @param needs          care needs created in one replication (demand, fixed arrivals), warm-up included
 * @param consults       outpatient consults in one replication
 * @param admissions     admissions in one replication
 * @param events         events the calendar fires in one replication
 * @param peakInSystem   patients inside the model at its busiest (between follow-ups, booked, in beds)
 * @param consultsPerHour mean offered consults per hour (for load checks)
 * @param admissionsPerHour mean offered admissions per hour
 * @param meanStayH      mean length of stay of those admissions, hours (NaN without admissions)
 * @param facilityConsultsPerHour consults per hour each facility receives from fixed arrival streams (Jackson)
 * @param facilityAdmissionsPerHour admissions per hour each facility receives from fixed arrival streams
 * @param inFlightBytes  heap one replication holds while it runs
 * @param keptBytes      heap one finished replication's results keep until the study is written
 */
public record Workload(double needs, double consults, double admissions, double events, double peakInSystem,
                       double consultsPerHour, double admissionsPerHour, double meanStayH,
                       Map<String, Double> facilityConsultsPerHour, Map<String, Double> facilityAdmissionsPerHour,
                       long inFlightBytes, long keptBytes) {

    /**
     * Heap per patient inside the model: the {@code Patient} (~64 B), its pending calendar entry and the lambdas it
     * captures. Measured on the demo (one replication, {@code System.gc()} then used heap, every 30 simulated days):
     * at day 420, 102.7 MB with 609,527 patients inside against 53.8 MB with 259,355 at half the contact rate, i.e.
     * 140 B each; within the full run, day 240 → 420 (504,417 → 609,527 patients, 86.9 → 102.7 MB), 150 B. The
     * larger is used.
     */
    static final long BYTES_PER_PATIENT = 150;
    /**
     * Heap of the JVM, loaded classes and the scenario before any replication: the measurements above put the heap
     * at no patients at 17.5 MB with one replication's histograms (about 10 MB) in it; rounded up.
     */
    static final long BASE_BYTES = 16L << 20;
    /** An HdrHistogram of waits (3 digits over 10^10 units), allocated by a tally with quantiles at its first value. */
    static final long HISTOGRAM_BYTES = 200L << 10;
    /**
     * Events per consult or admission: 52.13 M events in one replication of the demo (665 days) against 18.55 M
     * consults and 0.59 M admissions (its year's counts × 665/365), 2.72; at half the contact rate 2.75.
     */
    static final double EVENTS_PER_CONSULT = 2.75;
    /**
     * Events per second per core, a range: the demo's 5 replications on a 2-core machine ran at 2.95 M/s per core
     * with the default collector (270 M events in 45.9 s) and 3.55 M/s with the parallel one (38.1 s), two
     * replications sharing the caches; one replication alone runs at 5.2-5.4 M/s ({@code bench city}). A machine
     * busy with other jobs is slower. Wall time also depends on what else the machine runs.
     */
    public static final double EVENTS_PER_SECOND_LOW = 2.0e6, EVENTS_PER_SECOND_HIGH = 4.5e6;
    /** Samples of each series a replication keeps ({@code Tracer}: about 500 per run), and series per facility. */
    private static final int SAMPLES = 500, SERIES_PER_FACILITY = 4;
    private static final long BYTES_PER_SAMPLE = 40, BYTES_PER_INDICATOR = 120;

    private static final double HOURS_PER_YEAR = 8760;

    /** The estimate for one replication of {@code s}. */
    public static Workload of(Scenario s) {
        double hours = s.warmupH() + s.horizonH();
        double needsPerHour = 0, consultsPerHour = 0, admissionsPerHour = 0, stayHours = 0, chains = 0;
        int primaryCapability = 0;
        boolean rehab = false;
        for (FacilitySpec f : s.facilities()) {
            if (f.tier().isPrimary() && f.outpatient() != null) primaryCapability = Math.max(primaryCapability, f.capability());
            if (f.tier() == Tier.REHAB && f.beds() != null && f.beds().count() > 0) rehab = true;
        }
        if (s.demand() != null) {
            long residents = 0;
            for (ZoneSpec z : s.zones()) residents += z.residents();
            needsPerHour = residents * s.demand().contactsPerResidentYear() / HOURS_PER_YEAR;
            // Population groups and zones' own mixes change the rates per condition (computed apart, so that a
            // scenario without them keeps its estimate to the bit).
            double[] byCondition = mixed(s) ? needsByCondition(s) : null;
            if (byCondition != null) {
                needsPerHour = 0;
                for (double r : byCondition) needsPerHour += r;
            }
            double peakMonth = 1;
            for (double m : s.demand().monthOfYear()) peakMonth = Math.max(peakMonth, m);
            for (int ci = 0; ci < s.conditions().size(); ci++) {
                ConditionSpec c = s.conditions().get(ci);
                double rate = byCondition != null ? byCondition[ci] : needsPerHour * c.share();
                ConditionSpec.FollowUp fu = c.followUp();
                int visits = fu == null ? 0 : Math.max(0, fu.visits());
                double admit = maxAdmission(c);
                double consults, admissions;
                if (c.emergency()) {
                    admissions = admit;
                    consults = admit * visits;                 // follow-ups only after an admission
                } else {
                    boolean up = primaryCapability > 0 && c.severity() > primaryCapability;
                    consults = 1 + (up ? 1 : 0) + visits;
                    admissions = admit * (1 + visits);
                }
                double downToRehab = rehab ? admissions * c.downReferralProbability() : 0;
                consultsPerHour += rate * consults;
                admissionsPerHour += rate * (admissions + downToRehab);
                stayHours += rate * (admissions * stayOf(c, s) + downToRehab * rehabStay(c, s));
                if (visits > 0) {
                    double gap = (1 - fu.longPrescriptionShare()) * fu.intervalH()
                            + fu.longPrescriptionShare() * fu.longPrescriptionIntervalH();
                    // Little's law: chains started per hour × gaps per chain × mean gap, at the busiest month.
                    chains += rate * (c.emergency() ? admit : 1) * visits * gap * peakMonth;
                }
            }
        }
        Jackson fixed = Jackson.of(s);
        consultsPerHour += fixed.consultsPerHour;
        admissionsPerHour += fixed.admissionsPerHour;
        stayHours += fixed.stayHours;
        for (ArrivalStream a : s.arrivals()) needsPerHour += a.ratePerHour();

        double inBeds = 0, booked = 0;
        for (FacilitySpec f : s.facilities()) {
            if (f.beds() != null) inBeds += f.beds().count();
            OutpatientSpec o = f.outpatient();
            // Booked and not yet seen: on average half the booking window filled (the demo's backlogs, measured
            // as patients inside minus follow-up chains minus beds, were about 80,000 against 85,000 so estimated).
            if (o != null && o.slotsPerDay() > 0 && o.bookingHorizonH() > 0) booked += o.slotsPerDay() * o.bookingHorizonH() / 24 / 2;
        }
        double peak = chains + inBeds + booked + fixed.excessPerHour * hours;
        double consults = consultsPerHour * hours, admissions = admissionsPerHour * hours;
        double events = EVENTS_PER_CONSULT * (consults + admissions);
        return new Workload(needsPerHour * hours, consults, admissions, events, peak, consultsPerHour, admissionsPerHour,
                admissionsPerHour > 0 ? stayHours / admissionsPerHour : Double.NaN,
                fixed.facilityConsults, fixed.facilityAdmissions, inFlight(s, peak), kept(s));
    }

    /** Whether needs arise other than at the scenario's shares of every zone's residents. */
    private static boolean mixed(Scenario s) {
        return !s.groups().isEmpty() || s.zones().stream().anyMatch(z -> !z.conditionShares().isEmpty());
    }

    /** New needs per hour of each condition, over every zone's parts of residents (groups and the rest). */
    private static double[] needsByCondition(Scenario s) {
        double[] out = new double[s.conditions().size()];
        for (int z = 0; z < s.zones().size(); z++) {
            for (Population.Part p : Population.of(s, z)) {
                double perHour = p.people() * s.demand().contactsPerResidentYear() / HOURS_PER_YEAR;
                for (int c = 0; c < out.length; c++) out[c] += perHour * p.shares()[c];
            }
        }
        return out;
    }

    /**
     * Peak heap of a study: the base, {@code threads} replications in flight at once (at most as many as there are
     * replications) of the heaviest variant, and the results of every finished replication of every variant.
     */
    public static long peakHeapBytes(List<Workload> variants, int replications, int threads) {
        long inFlight = 0, kept = 0;
        for (Workload w : variants) {
            inFlight = Math.max(inFlight, w.inFlightBytes);
            kept += w.keptBytes * (long) replications;
        }
        return BASE_BYTES + Math.min(threads, replications) * inFlight + kept;
    }

    /**
     * Seconds of wall time for {@code replications} of each variant on {@code threads} threads with {@code cores}
     * cores: [fastest, slowest], from {@link #EVENTS_PER_SECOND_HIGH} and {@link #EVENTS_PER_SECOND_LOW} per core.
     * Replications are the unit of parallelism, so a study of 5 replications on 4 threads takes two rounds.
     */
    public static double[] seconds(List<Workload> variants, int replications, int threads, int cores) {
        int parallel = Math.max(1, Math.min(Math.min(threads, cores), replications));
        double rounds = Math.ceil((double) replications / parallel);
        double events = 0;
        for (Workload w : variants) events += w.events * rounds;
        return new double[] {events / EVENTS_PER_SECOND_HIGH, events / EVENTS_PER_SECOND_LOW};
    }

    /** The patients inside, plus the wait histograms its facilities and merged scopes allocate. */
    private static long inFlight(Scenario s, double peak) {
        int histograms = 0;
        java.util.Set<Tier> tiers = new java.util.HashSet<>();
        for (FacilitySpec f : s.facilities()) {
            if (f.outpatient() != null) histograms++;
            if (f.beds() != null) histograms++;
            tiers.add(f.tier());
        }
        int grids = s.activeLayout() == null ? 0 : s.activeLayout().grids().size();
        histograms += 2 * (1 + grids + tiers.size());
        return (long) (peak * BYTES_PER_PATIENT) + histograms * HISTOGRAM_BYTES;
    }

    /** A finished replication's sampled series and indicator rows, kept until the files are written. */
    private static long kept(Scenario s) {
        int facilities = s.facilities().size();
        int grids = s.activeLayout() == null ? 0 : s.activeLayout().grids().size();
        long series = (long) SAMPLES * (SERIES_PER_FACILITY * facilities + SERIES_PER_FACILITY) * BYTES_PER_SAMPLE;
        long rows = (long) (1 + grids + Tier.values().length + facilities) * 50 * BYTES_PER_INDICATOR;
        long beds = 0;
        for (FacilitySpec f : s.facilities()) if (f.beds() != null) beds += 8L * (f.beds().count() + 1);
        return series + rows + beds;
    }

    /** The condition's highest admission probability over the tiers it lists (0 if none). */
    static double maxAdmission(ConditionSpec c) {
        double p = 0;
        for (double v : c.admissionProbability().values()) p = Math.max(p, v);
        return p;
    }

    /** Mean stay where the condition is most often admitted: its own stay for that tier, else the beds' default there. */
    private static double stayOf(ConditionSpec c, Scenario s) {
        Tier where = null;
        double best = -1;
        for (Map.Entry<Tier, Double> e : c.admissionProbability().entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                where = e.getKey();
            }
        }
        if (where != null && c.lengthOfStay(where) != null) return c.lengthOfStay(where).mean();
        // The ward default of that tier, else of any ward (admissions go to a hospital of the grid when need be).
        for (FacilitySpec f : s.facilities()) if (f.beds() != null && f.tier() == where) return f.beds().lengthOfStay().mean();
        for (FacilitySpec f : s.facilities()) if (f.beds() != null) return f.beds().lengthOfStay().mean();
        return 0;
    }

    private static double rehabStay(ConditionSpec c, Scenario s) {
        if (c.lengthOfStay(Tier.REHAB) != null) return c.lengthOfStay(Tier.REHAB).mean();
        for (FacilitySpec f : s.facilities()) if (f.tier() == Tier.REHAB && f.beds() != null) return f.beds().lengthOfStay().mean();
        return 0;
    }

    /**
     * The fixed arrival streams' visits per facility through the referral tables: Λ = λ + ΛP, by fixed-point
     * iteration (it converges when every cycle of the table leaks; a cycle of probability 1 grows until the cap,
     * which the run's warnings report as a referral cycle).
     */
    private record Jackson(double consultsPerHour, double admissionsPerHour, double stayHours, double excessPerHour,
                           Map<String, Double> facilityConsults, Map<String, Double> facilityAdmissions) {
        static Jackson of(Scenario s) {
            Map<String, Double> external = new LinkedHashMap<>(), admitted = new LinkedHashMap<>();
            Map<String, Double> admitShare = new HashMap<>();
            for (ArrivalStream a : s.arrivals()) {
                if (a.entry() == Entry.ADMISSION) admitted.merge(a.facility(), a.ratePerHour(), Double::sum);
                else {
                    external.merge(a.facility(), a.ratePerHour(), Double::sum);
                    admitShare.merge(a.facility(), a.ratePerHour() * a.admissionProbability(), Double::sum);
                }
            }
            Map<String, Double> visits = new LinkedHashMap<>(external);
            for (int iter = 0; iter < 1000; iter++) {
                Map<String, Double> next = new LinkedHashMap<>(external);
                for (Referral r : s.referrals()) {
                    double from = visits.getOrDefault(r.from(), 0.0);
                    if (from > 0) next.merge(r.to(), from * r.probability(), Double::sum);
                }
                boolean done = true;
                for (Map.Entry<String, Double> e : next.entrySet()) {
                    double old = visits.getOrDefault(e.getKey(), 0.0);
                    if (Math.abs(e.getValue() - old) > 1e-12 * Math.max(1, e.getValue())) done = false;
                }
                visits = next;
                if (done) break;
            }
            double consults = 0, admissions = 0, stay = 0;
            for (Map.Entry<String, Double> e : visits.entrySet()) consults += e.getValue();
            // A fixed stream's admission share applies to its own patients' consults at their facility.
            for (Map.Entry<String, Double> e : admitShare.entrySet()) {
                FacilitySpec f = s.facility(e.getKey()).orElse(null);
                if (f != null && f.beds() != null && e.getValue() > 0) admitted.merge(f.id(), e.getValue(), Double::sum);
            }
            for (Map.Entry<String, Double> e : admitted.entrySet()) {
                admissions += e.getValue();
                FacilitySpec f = s.facility(e.getKey()).orElse(null);
                if (f != null && f.beds() != null) stay += e.getValue() * f.beds().lengthOfStay().mean();
            }
            // A stream with a stay of its own: its admissions stay that long instead of the ward's.
            for (ArrivalStream a : s.arrivals()) {
                FacilitySpec f = a.lengthOfStay() == null ? null : s.facility(a.facility()).orElse(null);
                if (f == null || f.beds() == null) continue;
                double rate = a.entry() == Entry.ADMISSION ? a.ratePerHour() : a.ratePerHour() * a.admissionProbability();
                stay += rate * (a.lengthOfStay().mean() - f.beds().lengthOfStay().mean());
            }
            // Arrivals beyond what a facility can serve pile up for the whole run (no doctors, too few, a waiting ward).
            double excess = 0;
            for (FacilitySpec f : s.facilities()) {
                double in = visits.getOrDefault(f.id(), 0.0);
                OutpatientSpec o = f.outpatient();
                if (o != null && in > 0) {
                    double mean = o.consultTime().mean();
                    double served = mean > 0 ? o.doctors() * o.hours().hoursPerWeek() / 168 / mean : Double.POSITIVE_INFINITY;
                    excess += Math.max(0, in - served);
                }
                double toBed = admitted.getOrDefault(f.id(), 0.0);
                if (f.beds() != null && toBed > 0 && f.beds().whenFull() == org.tiercare.scenario.WhenFull.WAIT) {
                    double stayH = f.beds().lengthOfStay().mean();
                    excess += Math.max(0, toBed - (stayH > 0 ? f.beds().count() / stayH : Double.POSITIVE_INFINITY));
                }
            }
            return new Jackson(consults, admissions, stay, excess, Map.copyOf(visits), Map.copyOf(admitted));
        }
    }
}

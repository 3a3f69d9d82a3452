package org.tiercare.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.apache.commons.math3.distribution.EnumeratedIntegerDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.dist.Distribution;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.DemandSpec;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.ZoneSpec;

/**
 * One replication of a scenario: builds the network, facilities, demand and pathway on a fresh
 * {@link Simulation}, runs warm-up and horizon, and reports indicators per scope (network, grid,
 * tier, facility). Checks flow conservation at the end of every run.
 */
public final class Model {
    private final Scenario scenario;
    private final RandomStreams streams;
    private final Simulation sim = new Simulation();
    private final List<Facility> facilities = new ArrayList<>();
    private final Map<String, Facility> byId = new HashMap<>();
    private final Network network;
    private final Grids grids;
    private final Pathway pathway;
    private final Tracer tracer;
    private final List<OutreachSchedule> outreach = new ArrayList<>();
    private final int replication;

    public Model(Scenario scenario, RandomStreams streams) {
        this.scenario = scenario;
        this.streams = streams;
        this.replication = streams.replication();
        this.network = new Network(scenario);
        LayoutSpec layout = scenario.activeLayout();
        this.grids = Grids.of(scenario, layout, network);
        for (int i = 0; i < scenario.facilities().size(); i++) {
            FacilitySpec spec = scenario.facilities().get(i);
            Facility f = new Facility(spec, this, i, scenario.conditions());
            f.grid = grids.facilityGrid[i];
            for (Unit u : f.units) buildUnit(u);
            f.linkDefaults();
            if (spec.emergency() && spec.emergencyDepartment() != null) {
                f.emergencyDepartment = new EmergencyDepartment(sim, f, spec.emergencyDepartment(), streams);
            }
            facilities.add(f);
            byId.put(spec.id(), f);
        }
        this.usesOnward = facilities.stream().flatMap(f -> java.util.Arrays.stream(f.units))
                .anyMatch(u -> u.ward != null && u.ward.spec.whenFull() == org.tiercare.scenario.WhenFull.ONWARD);
        this.usesAlliances = !scenario.levers().alliances().isEmpty();
        double end = scenario.warmupH() + scenario.horizonH();
        // About 500 samples per run: enough for a smooth series and Welch's plot, little memory.
        this.tracer = new Tracer(sim, facilities, Math.max(1.0, Math.round(end / 500)), end);
        this.pathway = new Pathway(sim, scenario, facilities, network, grids, streams, tracer);
        if (pathway.money != null) sim.register(t -> pathway.money.reset());
        for (var o : scenario.levers().outreach()) {
            List<Facility> clinics = o.clinics().stream().map(byId::get).toList();
            outreach.add(new OutreachSchedule(sim, o, byId.get(o.hospital()), clinics, network, streams, end));
        }
        for (var u : scenario.levers().uplift()) {
            Facility f = byId.get(u.facility());
            f.upliftTarget = u.capability();
            f.upliftStartH = u.startH();
            f.upliftRampH = u.rampH();
        }
        startDemand();
        Map<String, Integer> seen = new HashMap<>();
        for (ArrivalStream a : scenario.arrivals()) startArrivals(a, seen);
    }

    /**
     * A unit's doctors and ward. The first unit keeps the facility's stream names ({@code consult/<facility>}), so a
     * facility split into one department draws exactly as without departments; other departments draw on
     * {@code consult/<facility>/<department>}.
     */
    private void buildUnit(Unit u) {
        FacilitySpec spec = u.facility.spec;
        var d = u.department;
        org.tiercare.scenario.OutpatientSpec o = d == null ? spec.outpatient() : d.outpatient();
        org.tiercare.scenario.BedSpec b = d == null ? spec.beds() : d.beds();
        ReservationSpec base = d == null || d.reservation() == null ? spec.reservation() : d.reservation();
        ReservationSpec reservation = Alliances.reservation(scenario, spec, u.index, base);
        if (o != null) {
            String stream = u.index == 0 ? "consult/" + spec.id() : "consult/" + spec.id() + "/" + d.id();
            u.outpatient = new Outpatient(sim, u, o, reservation, o.consultTime().sampler(streams.stream(stream)));
        }
        if (b != null) u.ward = new Ward(sim, u, b, reservation, pooledBeds(scenario, u.facility, b));
        if (u.outpatient != null && u.outpatient.slots != null && pooledSlots(scenario, u.facility)) {
            u.outpatient.slots.pool(scenario.policy().pooledSlotShare());
        }
        sim.register(t -> u.measures.reset());
    }

    private void startDemand() {
        if (scenario.demand() == null) return;
        Demand demand = new Demand(sim, scenario.demand(), scenario.warmupH() + scenario.horizonH());
        List<ConditionSpec> conditions = scenario.conditions();
        int[] idx = new int[conditions.size()];
        for (int c = 0; c < idx.length; c++) idx[c] = c;
        for (int z = 0; z < scenario.zones().size(); z++) {
            ZoneSpec zone = scenario.zones().get(z);
            // Each part of a zone's residents (a population group, the rest) draws on streams of its own.
            for (Population.Part part : Population.of(scenario, z)) {
                // Condition draws are per zone, so a zone's patients keep their numbers when another zone changes.
                EnumeratedIntegerDistribution which = new EnumeratedIntegerDistribution(
                        streams.stream("condition/" + zone.id() + part.suffix()), idx, part.shares());
                int group = part.group();
                demand.start(z, zone, part.people(), streams.stream("demand/" + zone.id() + part.suffix()), zi -> {
                    int ci = which.sample();
                    Patient p = pathway.newPatient(org.tiercare.scenario.PatientSource.SELF, conditions.get(ci), ci, zi, 0);
                    p.followUpsLeft = -1;
                    p.group = Patient.narrow(group);
                    pathway.newNeed(p);
                });
            }
        }
        if (scenario.demand().start() == DemandSpec.Start.STEADY) startFollowUpsUnderWay();
    }

    /**
     * {@code demand.start: steady}: the chronic patients who, in steady state, are at home between two
     * follow-up visits. Each zone and condition with a follow-up starts new chains at rate
     * λ = residents × contacts per resident-year × share (the demand's mean rate: hour, weekday, month
     * and surge factors are left out) × {@link Pathway#chainShare}; a chain spends {@code visits} gaps
     * at home, each {@code interval} or, with probability {@code long_prescription_share}, the long
     * interval. By Little's law the number at home is Poisson with mean λ × visits × E[gap]. Each is
     * placed in the stationary (equilibrium) phase of the chain: the gap it is in is uniform over the
     * chain's {@code visits} gaps; the gap is long with probability ∝ share × length (length-biased);
     * the time to its next visit is uniform over the gap (over its days, at an hour drawn from
     * {@code hour_of_day} when the gap is a whole number of days, so visits keep the daily rhythm of
     * consults). Patients waiting for a consult or a booked slot at time 0 are not created.
     * Each zone draws from its own stream {@code initial-follow-ups/<zone>}; with population groups, each group's
     * residents (their share × demand factor, their condition mix, their contract coverage) on
     * {@code initial-follow-ups/<zone>/<group>}.
     */
    private void startFollowUpsUnderWay() {
        DemandSpec d = scenario.demand();
        double[] hourCumulative = new double[24];
        double total = 0;
        for (int h = 0; h < 24; h++) hourCumulative[h] = total += d.hourOfDay()[h];
        for (int z = 0; z < scenario.zones().size(); z++) {
            for (Population.Part part : Population.of(scenario, z)) startFollowUpsUnderWay(z, part, hourCumulative, total);
        }
    }

    /** The chains under way among one part of a zone's residents, on the stream {@code initial-follow-ups/<zone><suffix>}. */
    private void startFollowUpsUnderWay(int z, Population.Part part, double[] hourCumulative, double total) {
        DemandSpec d = scenario.demand();
        List<ConditionSpec> conditions = scenario.conditions();
        ZoneSpec zone = scenario.zones().get(z);
        double needsPerHour = part.people() * d.contactsPerResidentYear() / 8760.0;
        if (needsPerHour <= 0) return;
        RandomGenerator rng = null;
        for (int ci = 0; ci < conditions.size(); ci++) {
            ConditionSpec c = conditions.get(ci);
            ConditionSpec.FollowUp fu = c.followUp();
            if (fu == null || fu.visits() <= 0) continue;
            double chainsPerHour = needsPerHour * part.shares()[ci] * pathway.chainShare(z, c);
            double shortWeight = (1 - fu.longPrescriptionShare()) * fu.intervalH();
            double longWeight = fu.longPrescriptionShare() * fu.longPrescriptionIntervalH();
            double meanGapH = shortWeight + longWeight;
            double mean = chainsPerHour * fu.visits() * meanGapH;
            if (!(mean > 0)) continue;
            if (rng == null) rng = streams.stream("initial-follow-ups/" + zone.id() + part.suffix());
            int n = new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
            for (int i = 0; i < n; i++) {
                int gap = 1 + rng.nextInt(fu.visits());                  // 1 … visits
                double lengthH = rng.nextDouble() * meanGapH < longWeight ? fu.longPrescriptionIntervalH() : fu.intervalH();
                double inH = untilNextVisit(rng, lengthH, hourCumulative, total);
                Patient p = pathway.newPatient(org.tiercare.scenario.PatientSource.SELF, c, ci, z, 0);
                p.followUpsLeft = fu.visits() - gap;                    // in gap k, visits − k follow-ups remain after it
                p.group = Patient.narrow(part.group());
                pathway.alreadyFollowingUp(p, inH, rng);
            }
        }
    }

    /** Residual time of a gap of {@code lengthH} hours: uniform over its days, at an hour of day drawn from the profile. */
    private static double untilNextVisit(RandomGenerator rng, double lengthH, double[] hourCumulative, double total) {
        double days = lengthH / 24;
        if (days != Math.rint(days) || days < 1) return rng.nextDouble() * lengthH;
        int day = rng.nextInt((int) days);
        double u = rng.nextDouble() * total;
        int h = 0;
        while (h < 23 && u >= hourCumulative[h]) h++;
        return day * 24 + h + rng.nextDouble();
    }

    private void startArrivals(ArrivalStream a, Map<String, Integer> seen) {
        // Streams are named by what they are, not by position, so reordering the file keeps the numbers.
        String key = "arrivals/" + a.zone() + "/" + a.facility() + "/" + a.entry() + "/" + a.source();
        int n = seen.merge(key, 1, Integer::sum);
        if (n > 1) key += "#" + n;
        var gaps = new Distribution.Exponential(1.0 / a.ratePerHour()).sampler(streams.stream(key));
        Facility target = byId.get(a.facility());
        int zone = a.zone() == null ? -1 : network.zoneIndex(a.zone());
        boolean admission = a.entry() == Entry.ADMISSION;
        // The stream's own stay, on a stream of its own named after the arrivals' (none without the key).
        var stay = a.lengthOfStay() == null ? null : a.lengthOfStay().sampler(streams.stream("stay/" + key));
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            Patient p = pathway.newPatient(a.source(), null, -1, zone, a.admissionProbability());
            if (stay != null) p.rare().arrivalStay = stay;
            pathway.fixedArrival(p, target, admission);
            sim.schedule(gaps.sample(), arrive[0]);
        };
        sim.schedule(gaps.sample(), arrive[0]);
    }

    Pathway pathway() { return pathway; }

    /**
     * Sends this replication's per-patient events to {@code sink}, keeping a {@code share} of the patients (0 < share ≤
     * 1) drawn on the stream {@code event-log-sample}, which nothing else uses. Call before {@link #run}.
     */
    public void logEvents(EventSink sink, double share) {
        pathway.events = new PatientLog(sim, sink, share, streams.stream("event-log-sample"));
    }

    /** Whether any ward sends patients onward when full (then every ward reports the onward indicators). */
    final boolean usesOnward;
    /** Whether the scenario has specialty alliances (then every outpatient service reports their indicators). */
    final boolean usesAlliances;

    /**
     * Beds of a grid's hospital open to other groups' patients ({@code policy.pooled_bed_share} of its beds, rounded);
     * 0 outside the grids, without pooling, or when a cross-grid policy opens every bed anyway.
     */
    private static int pooledBeds(Scenario scenario, Facility f, org.tiercare.scenario.BedSpec beds) {
        var policy = scenario.policy();
        if (f.grid < 0 || policy.pooledBedShare() <= 0 || policy.crossGrid() != org.tiercare.scenario.PolicySpec.CrossGrid.NEVER) return 0;
        return (int) Math.round(policy.pooledBedShare() * beds.count());
    }

    /** Whether a grid hospital opens {@code policy.pooled_slot_share} of its slots to other groups (as pooled beds). */
    private static boolean pooledSlots(Scenario scenario, Facility f) {
        var policy = scenario.policy();
        return f.grid >= 0 && f.spec.tier().isHospital() && policy.pooledSlotShare() > 0
                && policy.crossGrid() == org.tiercare.scenario.PolicySpec.CrossGrid.NEVER;
    }

    double now() { return sim.now(); }

    /** Time series, referral flows and ward occupancy of this replication (call after {@link #run}). */
    public RunDetail detail() {
        RunDetail d = tracer.detail();
        List<org.tiercare.outreach.RouteRow> routes = new ArrayList<>();
        List<List<String>> tours = new ArrayList<>();
        for (OutreachSchedule o : outreach) {
            routes.addAll(o.weekRoutes(replication));
            tours.addAll(o.tours());
        }
        List<RunDetail.Occupancy> occupancy = new ArrayList<>();
        for (Facility f : facilities) {
            for (Unit u : f.units) {
                if (u.ward != null) occupancy.add(new RunDetail.Occupancy(u.scopeId(), u.ward.occupancy.hoursAt(sim.now())));
            }
        }
        return new RunDetail(d.series(), d.flows(), routes, tours, occupancy);
    }

    /** Runs the replication; {@code progress} gets the fraction of simulated time done, {@code steps} times. */
    public List<ScopeResult> run(DoubleConsumer progress, int steps) {
        double end = scenario.warmupH() + scenario.horizonH();
        if (progress != null) {
            for (int i = 1; i <= steps; i++) {
                double frac = (double) i / steps;
                sim.at(end * frac, Integer.MAX_VALUE, () -> progress.accept(frac));
            }
        }
        sim.run(scenario.warmupH(), scenario.horizonH());
        checkFlowConservation();
        return results();
    }

    public List<ScopeResult> run() { return run(null, 0); }

    public long eventsFired() { return sim.eventsFired(); }

    /** Every patient created has left or is still inside somewhere: checked on every run. */
    private void checkFlowConservation() {
        long inside = pathway.outside + pathway.insideLevers();
        for (Facility f : facilities) inside += f.inside();
        if (pathway.created != pathway.left + inside) {
            throw new IllegalStateException("flow conservation violated: created " + pathway.created + ", left "
                    + pathway.left + ", inside " + inside);
        }
    }

    private List<ScopeResult> results() {
        double now = sim.now();
        Measures network = new Measures();
        Map<String, Measures> byGrid = new LinkedHashMap<>();
        for (String g : grids.ids) byGrid.put(g, new Measures());
        Map<Tier, Measures> byTier = new LinkedHashMap<>();
        List<ScopeResult> perFacility = new ArrayList<>();
        List<ScopeResult> perDepartment = new ArrayList<>();
        for (Facility f : facilities) {
            Measures m = f.finish(now, scenario.warmupH());
            if (pathway.money != null) pathway.money.finish(f, m);
            perFacility.add(new ScopeResult("facility", f.id(), m.indicators()));
            if (f.hasDepartments()) {
                for (Unit u : f.units) {
                    // A single department's measures are the facility's (priced above); several are priced apart.
                    if (pathway.money != null && f.units.length > 1) pathway.money.finish(f, u.measures);
                    perDepartment.add(new ScopeResult("department", u.scopeId(), u.measures.indicators()));
                }
            }
            network.merge(m);
            byTier.computeIfAbsent(f.spec.tier(), t -> new Measures()).merge(m);
            if (f.grid >= 0) byGrid.get(grids.ids[f.grid]).merge(m);
        }
        network.unserved += pathway.unreachable;
        if (pathway.money != null) {
            pathway.money.fillNetwork(network, scenario.horizonH());
            for (int g = 0; g < grids.ids.length; g++) pathway.money.fillGrid(byGrid.get(grids.ids[g]), g, scenario.horizonH());
        }
        List<ScopeResult> out = new ArrayList<>();
        Map<String, Double> networkIndicators = network.indicators();
        List<ScopeResult> byGroup = pathway.groups == null ? List.of()
                : pathway.groups.results(networkIndicators, network.hasOutpatient, network.hasBeds);
        out.add(new ScopeResult("network", "all", networkIndicators));
        byGrid.forEach((g, m) -> out.add(new ScopeResult("grid", g, m.indicators())));
        for (Tier t : Tier.values()) {
            Measures m = byTier.get(t);
            if (m != null) out.add(new ScopeResult("tier", t.yamlName, m.indicators()));
        }
        out.addAll(perFacility);
        out.addAll(perDepartment);
        out.addAll(byGroup);
        return out;
    }
}

package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.PatientSource;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;

/**
 * Where patients go and why: first contact, the decision after a consult
 * (resolved, referred up, admitted, follow-up), admission and discharge with down-referral.
 * Facilities only serve; every routing decision is here, each drawing on its own random stream.
 */
final class Pathway {
    private final Simulation sim;
    private final Scenario scenario;
    private final List<Facility> facilities;
    private final Network network;
    private final Grids grids;
    private final Choice choice;
    private final PolicySpec policy;
    private final Referrals referrals;
    private final RandomGenerator contractRng, gatekeepRng, choiceRng, complyRng, admitRng, downRng, followRng, tableRng;
    private final RandomStreams streams;
    /** Stay samplers by facility, unit and condition. */
    private final List<org.tiercare.dist.Sampler[][]> staySamplers = new ArrayList<>();
    private final WaitBoard waitBoard;
    private final Tracer tracer;
    /** The event log ({@code --event-log}), or null: then every hook below is one null check. */
    PatientLog events;
    /** Levers; null when the scenario does not use them. */
    final Teleconsultation tele;
    /** The shared diagnostics centres ({@link Diagnostics#centreFor}); empty without any. */
    final List<Diagnostics> diagnostics;
    /** Prices of the events below; null without a money section (it only counts, never decides). */
    final Money money;
    /** Specialty alliances; null without any. */
    final Alliances alliances;
    /** Where a full ward with {@code when_full: onward} sends its patients. */
    final Onward onward;
    /** Counts by population group; null when the scenario declares none. */
    final GroupCounts groups;
    /** The choice model of each group with tier constants of its own (null entries: the common one). */
    private final Choice[] groupChoice;
    /** Stays of down-referred patients by destination ({@link DownStays}). */
    private final DownStays downStays;
    /** Patients between places (travelling, or waiting at home for a follow-up): for flow conservation. */
    int outside;
    long created;
    long left;
    long unreachable;

    Pathway(Simulation sim, Scenario scenario, List<Facility> facilities, Network network, Grids grids,
            RandomStreams streams, Tracer tracer) {
        this.tracer = tracer;
        var levers = scenario.levers();
        this.tele = levers.teleconsultation() == null ? null : new Teleconsultation(sim, levers.teleconsultation(), streams);
        this.diagnostics = Diagnostics.all(sim, levers.diagnostics(), network, streams);
        this.sim = sim;
        this.scenario = scenario;
        this.facilities = facilities;
        this.network = network;
        this.grids = grids;
        this.policy = scenario.policy();
        this.streams = streams;
        this.choice = scenario.choice() == null || scenario.zones().isEmpty() ? null : new Choice(scenario, scenario.choice(), network);
        this.groups = GroupCounts.of(sim, scenario);
        this.groupChoice = Choice.forGroups(scenario, choice, network);
        this.downStays = new DownStays(scenario, streams);
        this.referrals = new Referrals(scenario, facilities, network, grids);
        this.money = scenario.money() == null ? null : new Money(scenario, grids);
        this.onward = new Onward(facilities, network, grids, policy, this);
        contractRng = streams.stream("contract");
        gatekeepRng = streams.stream("gatekeeping");
        choiceRng = streams.stream("choice");
        complyRng = streams.stream("referral-compliance");
        admitRng = streams.stream("admission");
        downRng = streams.stream("down-referral");
        followRng = streams.stream("follow-up");
        tableRng = streams.stream("referral-table");
        this.alliances = Alliances.of(scenario, facilities);
        for (Facility f : facilities) {
            org.tiercare.dist.Sampler[][] byUnit = new org.tiercare.dist.Sampler[f.units.length][];
            for (Unit u : f.units) {
                org.tiercare.dist.Sampler[] s = new org.tiercare.dist.Sampler[scenario.conditions().size()];
                var beds = u.department == null ? f.spec.beds() : u.department.beds();
                // The first unit keeps the facility's stream names, like its consults (see Model.buildUnit).
                String prefix = "stay/" + f.id() + "/" + (u.index == 0 ? "" : u.department.id() + "/");
                for (int c = 0; c < s.length; c++) {
                    var d = scenario.conditions().get(c).lengthOfStay(f.spec.tier());
                    if (d == null && beds != null) d = beds.lengthOfStay();
                    s[c] = d == null ? null : d.sampler(streams.stream(prefix + scenario.conditions().get(c).id()));
                }
                byUnit[u.index] = s;
            }
            staySamplers.add(byUnit);
        }
        admitChance = new double[scenario.conditions().size()][Tier.values().length];
        for (int c = 0; c < admitChance.length; c++) {
            for (Tier t : Tier.values()) admitChance[c][t.ordinal()] = scenario.conditions().get(c).admissionProbability(t);
        }
        waitBoard = choice != null && choice.usesWaits()
                ? new WaitBoard(sim, facilities, scenario.choice().waitInfoDelayH(), this::updateChoices)
                : null;
    }

    private double[] waitBoardValues() { return waitBoard.published(); }

    private void updateChoices() {
        double[] published = waitBoardValues();
        choice.update(published);
        for (Choice c : groupChoice) if (c != null) c.update(published);
    }

    /** The choice model of the patient's group. */
    private Choice choiceFor(Patient p) {
        return p.group >= 0 && groupChoice[p.group] != null ? groupChoice[p.group] : choice;
    }

    /** The tally of the patient's population group, or null without groups. */
    GroupTally groupOf(Patient p) { return groups == null ? null : groups.of(p); }

    // ---- arrivals ----------------------------------------------------------------------------

    /** A new care need arises in a zone. */
    void newNeed(Patient p) {
        created++;
        log(p, EventSink.NEED, null, Double.NaN);
        ConditionSpec c = p.condition;
        GroupTally g = groupOf(p);
        if (g != null) g.needs++;
        if (c.emergency()) {
            Facility ed = referrals.nearestEmergency(p.zone);
            if (ed == null) {
                lost(p);
                return;
            }
            travel(network.zoneToFacility(p.zone, ed.index), p.next(Patient.TRIP_EMERGENCY, ed));
            return;
        }
        Facility f = null;
        int clinic = grids.primaryClinic[p.zone];
        double coverage = coverage(p);
        boolean contracted = clinic >= 0 && coverage > 0 && contractRng.nextDouble() < coverage;
        if (g != null) {
            g.contractAsked++;
            if (contracted) g.contracted++;
        }
        if (contracted && gatekeepRng.nextDouble() < policy.gatekeepingCompliance()) {
            f = facilities.get(clinic);
        } else if (choice != null) {
            int chosen = choiceFor(p).choose(p.zone, choiceRng);
            if (chosen >= 0) f = facilities.get(chosen);
        }
        if (f == null && clinic >= 0) f = facilities.get(clinic);
        if (f == null) {
            lost(p);
            return;
        }
        goTo(p, f, network.zoneToFacility(p.zone, f.index));
    }

    /** A patient of a fixed arrival stream (queueing-theory corner cases, calibration). */
    void fixedArrival(Patient p, Facility f, boolean admission) {
        created++;
        p.firstContact(false); // sent to a named facility: no choice was made, so no bypass to count
        if (admission) f.admit(p, stay(p, f));
        else f.request(p);
    }

    /** The patient's contract coverage: their group's, else their zone's, else the policy's. */
    private double coverage(Patient p) {
        if (p.group >= 0) {
            double g = scenario.groups().get(p.group).contractCoverage();
            if (!Double.isNaN(g)) return g;
        }
        double z = scenario.zones().get(p.zone).contractCoverage();
        return Double.isNaN(z) ? policy.contractCoverage() : z;
    }

    private void emergency(Patient p, Facility ed) {
        ed.unitFor(p).measures.emergencies++;
        if (money != null) money.emergency(ed, p);
        if (ed.emergencyDepartment != null) {
            ed.emergencyDepartment.arrive(p);
            return;
        }
        emergencyConsulted(p, ed);
    }

    /** Seen at the emergency department (at once, or after its queue): admitted there, or home. */
    void emergencyConsulted(Patient p, Facility ed) {
        if (ed.ward != null && admitRng.nextDouble() < admitChance(p, ed.spec.tier())) {
            admit(p, ed);
        } else {
            leave(p);
        }
    }

    /** Outpatient request at {@code f}: walk-in patients travel first; appointment patients book from home. */
    private void goTo(Patient p, Facility f, double travelH) {
        if (f.books(p) || travelH <= 0 || Double.isInfinite(travelH)) {
            f.request(p);
        } else {
            travel(travelH, p.next(Patient.TRIP, f));
        }
    }

    /** The patient sets off on a trip of {@code h} hours; {@link Patient#step} says what follows. */
    private void travel(double h, Patient p) {
        outside++;
        sim.schedule(h, p);
    }

    /** The end of a {@link Patient#TRIP}: the outpatient request at {@code f}. */
    void arrived(Patient p, Facility f) {
        outside--;
        f.request(p);
    }

    /** The end of a {@link Patient#TRIP_EMERGENCY}. */
    void arrivedAtEmergency(Patient p, Facility ed) {
        outside--;
        emergency(p, ed);
    }

    void travelThen(double h, Runnable then) {
        outside++;
        sim.schedule(h, () -> {
            outside--;
            then.run();
        });
    }

    // ---- after a consult -----------------------------------------------------------------------

    void consulted(Facility f, Patient p) {
        Measures m = f.outpatientUnit(p).measures;
        m.visits++;
        log(p, EventSink.CONSULT, f, p.rare == null ? 0 : p.rare.consultWaitH);
        if (money != null) money.visit(f, p);
        if (p.firstContact()) {
            p.firstContact(false);
            m.firstContacts++;
            if (f.spec.tier().isHospital() && !p.referred()) m.bypasses++;
        }
        if (p.zone >= 0 && grids.active() && grids.zoneGrid[p.zone] >= 0) {
            m.visitsWithHomeGrid++;
            if (f.grid == grids.zoneGrid[p.zone]) m.visitsInGrid++;
        }
        if (groups != null) countVisit(groups.of(p), f, p);
        if (p.condition == null) {
            fixedRoute(f, p);
            return;
        }
        if (p.needsAdmission() && f.wardUnit(p).ward != null) {
            p.needsAdmission(false);
            admit(p, f);
            return;
        }
        Facility tableTarget = referrals.fromTable(f, tableRng);
        if (tableTarget != null) {
            refer(p, f, tableTarget, true);
            return;
        }
        if (!referrals.hasTable(f) && p.condition.severity() > f.capabilityFor(p)) {
            Unit lead = alliances == null ? null : alliances.leadFor(f, p);
            if (lead != null) {
                allianceReferral(p, f, lead);
                return;
            }
            Facility up = referrals.upFrom(f, p, p.condition.severity());
            if (up != null) {
                boolean comply = complyRng.nextDouble() < policy.referralCompliance();
                // Into another group's hospital without a cross-grid policy: through its pooled slots only.
                boolean pooled = referrals.intoPooledSlots(f, p, up);
                if (comply && tele != null && tele.tries(f)) {
                    tele.consult(f, up, () -> followUpOrLeave(p, f), () -> {
                        p.pooledSlotOnly(pooled);
                        refer(p, f, up, true);
                    });
                } else {
                    p.pooledSlotOnly(pooled && comply);
                    refer(p, f, up, comply);
                }
                return;
            }
        }
        if (admitRng.nextDouble() < admitChance(p, admissionTier(f, p))) {
            if (f.wardUnit(p).ward != null && p.condition.severity() <= f.unitFor(p).baseCapability()) {
                admit(p, f);
                return;
            }
            Facility hospital = referrals.forAdmission(f, p);
            if (hospital != null) {
                p.needsAdmission(true);
                refer(p, f, hospital, true);
                return;
            }
        }
        followUpOrLeave(p, f);
    }

    /**
     * The tier whose admission probability applies. A case beyond the facility's own capability, resolved
     * here only thanks to a visiting specialist or an uplift, is admitted as often as where it would
     * otherwise have gone; the admission itself is then at a hospital of the grid.
     */
    private Tier admissionTier(Facility f, Patient p) {
        if (p.condition.severity() <= f.unitFor(p).baseCapability()) return f.spec.tier();
        Facility up = referrals.upFrom(f, p, p.condition.severity());
        return up == null ? f.spec.tier() : up.spec.tier();
    }

    private void fixedRoute(Facility f, Patient p) {
        if (p.admissionProbability() > 0 && f.ward != null && admitRng.nextDouble() < p.admissionProbability()) {
            f.admit(p, stay(p, f));
            return;
        }
        Facility to = referrals.fromTable(f, tableRng);
        if (to != null) refer(p, f, to, true);
        else leave(p);
    }

    /** Sends the patient on: through the referral channel, or (not complying) on their own. */
    private void refer(Patient p, Facility from, Facility to, boolean channel) {
        int dir = Integer.compare(Referrals.level(to.spec.tier()), Referrals.level(from.spec.tier()));
        if (channel) {
            log(p, dir > 0 ? EventSink.REFER_UP : dir < 0 ? EventSink.REFER_DOWN : EventSink.REFER_ACROSS, from, Double.NaN);
            if (dir > 0) {
                from.outpatientUnit(p).measures.referralsUp++;
                if (groups != null) groups.of(p).referralsUp++;
            } else if (dir < 0) {
                from.outpatientUnit(p).measures.referralsDown++;
            }
            p.source(PatientSource.REFERRED);
            p.referralTime = sim.now();
            tracer.flow(from, to);
            Diagnostics centre = dir > 0 && from.spec.tier().isPrimary() ? Diagnostics.centreFor(diagnostics, from, network) : null;
            if (centre != null && centre.needsTests()) {
                // Travel is inside the diagnostics detour: the patient books or walks in on arrival.
                centre.testThenRefer(from, to, () -> to.request(p));
                return;
            }
        } else {
            p.source(PatientSource.SELF);
        }
        goTo(p, to, network.facilityToFacility(from.index, to.index));
    }

    /**
     * A member of a specialty alliance sends a case it cannot resolve straight to the alliance's lead department,
     * through the referral channel when the patient complies (the same draw as any referral up), else the patient
     * goes there on their own. Counted at the sender; the wait is counted at the lead when the consult starts.
     */
    private void allianceReferral(Patient p, Facility from, Unit lead) {
        boolean comply = complyRng.nextDouble() < policy.referralCompliance();
        p.rare().allianceUnit = lead;
        if (comply) {
            from.outpatientUnit(p).measures.allianceReferrals++;
            p.rare().allianceReferralTime = sim.now();
        }
        refer(p, from, lead.facility, comply);
    }

    private void followUpOrLeave(Patient p, Facility f) {
        ConditionSpec.FollowUp fu = p.condition.followUp();
        if (fu != null && p.followUpsLeft < 0) p.followUpsLeft = fu.visits();
        if (fu == null || p.followUpsLeft <= 0) {
            leave(p);
            return;
        }
        p.followUpsLeft--;
        double interval = followRng.nextDouble() < fu.longPrescriptionShare() ? fu.longPrescriptionIntervalH() : fu.intervalH();
        // Chronic care continues in primary care when the patient has a clinic; otherwise where they were seen.
        Facility next = f;
        if (p.zone >= 0 && grids.primaryClinic[p.zone] >= 0 && !f.spec.tier().isPrimary() && p.referred()) {
            next = facilities.get(grids.primaryClinic[p.zone]);
        }
        p.source(PatientSource.SELF);
        Facility target = next;
        travel(interval, p.next(Patient.TRIP, target));
    }

    // ---- the state at time 0 ----------------------------------------------------------------

    /**
     * Share of a condition's new needs in {@code zone} that start a follow-up chain: all of them, except
     * for an emergency condition, whose chain starts only after an admission at the nearest emergency
     * department (the chance of admission there; 0 without one or without beds).
     */
    double chainShare(int zone, ConditionSpec c) {
        if (!c.emergency()) return 1;
        Facility ed = referrals.nearestEmergency(zone);
        return ed == null || ed.ward == null ? 0 : c.admissionProbability(ed.spec.tier());
    }

    /**
     * A chronic patient already between two follow-up visits when the run starts ({@code demand.start:
     * steady}): their next visit is requested {@code inH} hours from now, where a follow-up of theirs
     * would go. All draws are from {@code rng} (the initial follow-ups' own stream), none from the
     * streams of new needs.
     *
     * @return false when no facility is within reach (the patient is not created)
     */
    boolean alreadyFollowingUp(Patient p, double inH, RandomGenerator rng) {
        Facility f = followUpPlace(p, rng);
        if (f == null) return false;
        created++;
        p.source(PatientSource.SELF);
        p.firstContact(false);
        travel(inH, p.next(Patient.TRIP, f));
        return true;
    }

    /**
     * Where the follow-ups of a chain started some time ago take place, by the rules of {@link #newNeed},
     * {@link #consulted} and {@link #followUpOrLeave}: an emergency's at the nearest emergency department
     * (after the admission there); otherwise first contact as in {@code newNeed} (contracted and complying:
     * the primary clinic, else the choice model, else the primary clinic); a case beyond that facility's
     * capability goes on where {@code Referrals.upFrom} sends it and, referred through the channel
     * (referral compliance), continues at the primary clinic once it is resolved at a hospital. Not
     * followed: referral tables, teleconsultation and admissions (their follow-ups start where the
     * consult was).
     */
    private Facility followUpPlace(Patient p, RandomGenerator rng) {
        ConditionSpec c = p.condition;
        if (c.emergency()) return referrals.nearestEmergency(p.zone);
        int clinic = grids.primaryClinic[p.zone];
        double coverage = coverage(p);
        Facility f = null;
        if (clinic >= 0 && coverage > 0 && rng.nextDouble() < coverage
                && rng.nextDouble() < policy.gatekeepingCompliance()) {
            f = facilities.get(clinic);
        } else if (choice != null) {
            int chosen = choiceFor(p).choose(p.zone, rng);
            if (chosen >= 0) f = facilities.get(chosen);
        }
        if (f == null && clinic >= 0) f = facilities.get(clinic);
        if (f == null) return null;
        if (!referrals.hasTable(f) && c.severity() > f.capabilityFor(p)) {
            Facility up = referrals.upFrom(f, p, c.severity());
            if (up != null) {
                boolean channel = rng.nextDouble() < policy.referralCompliance();
                if (channel && clinic >= 0 && !up.spec.tier().isPrimary()) return facilities.get(clinic);
                return up;
            }
        }
        return f;
    }

    // ---- beds ----------------------------------------------------------------------------------

    private void admit(Patient p, Facility f) {
        double stayH = stay(p, f);
        if (p.condition != null && f.spec.tier().isHospital()
                && downRng.nextDouble() < p.condition.downReferralProbability()) {
            p.downReferAtDischarge(true);
            // A stay of its own for the destination foreseen, drawn after the usual one so other draws keep their order.
            double own = downStays.has(p) ? downStays.draw(p, f, downDestination(f, p)) : Double.NaN;
            stayH = Double.isNaN(own) ? stayH * policy.downReferralStayFactor() : own;
            p.stayH(stayH);
        }
        f.admit(p, stayH);
    }

    /**
     * The stay of a patient sent on to {@code to}: drawn there (stays depend on tier), shortened as at the
     * first hospital when the patient is to continue care below.
     */
    double onwardStay(Patient p, Facility to) {
        double stayH = stay(p, to);
        if (!p.downReferAtDischarge()) return stayH;
        double own = downStays.has(p) ? downStays.draw(p, to, downDestination(to, p)) : Double.NaN;
        return Double.isNaN(own) ? stayH * policy.downReferralStayFactor() : p.stayH(own);
    }

    /**
     * Where a patient to be referred down from {@code f} would go if discharged now, as {@link #discharged} decides:
     * the rehabilitation unit, else their primary clinic; null when neither.
     */
    private Facility downDestination(Facility f, Patient p) {
        Facility rehab = referrals.rehabFor(f, p);
        if (rehab != null) return rehab;
        return p.zone >= 0 && grids.primaryClinic[p.zone] >= 0 ? facilities.get(grids.primaryClinic[p.zone]) : null;
    }

    /** Draws the stay and keeps it on the patient, whose stay is priced at discharge. */
    private double stay(Patient p, Facility f) {
        if (p.condition == null && p.rare != null && p.rare.arrivalStay != null) return p.stayH(p.rare.arrivalStay.sample());
        if (p.condition == null) return p.stayH(staySamplers.isEmpty() ? 0 : fixedStay(f));
        org.tiercare.dist.Sampler s = staySamplers.get(f.index)[f.wardUnit(p).index][p.conditionIndex];
        return p.stayH(s == null ? 0 : s.sample());
    }

    /**
     * Each condition's chance of admission by tier ({@code [condition index][tier ordinal]}), read once per consult:
     * from an array rather than the scenario's map, a lookup that was 3 % of a city run.
     */
    private final double[][] admitChance;

    private double admitChance(Patient p, Tier tier) { return admitChance[p.conditionIndex][tier.ordinal()]; }

    private final java.util.Map<Facility, org.tiercare.dist.Sampler> fixedStays = new java.util.HashMap<>();

    private double fixedStay(Facility f) {
        return fixedStays.computeIfAbsent(f, x -> x.ward.spec.lengthOfStay().sampler(streams.stream("stay/" + x.id())))
                .sample();
    }

    void discharged(Facility f, Patient p) {
        if (money != null) money.stay(f, p);
        if (!p.downReferAtDischarge()) {
            if (p.condition != null && p.condition.followUp() != null) followUpOrLeave(p, f);
            else leave(p);
            return;
        }
        p.downReferAtDischarge(false);
        f.wardUnit(p).measures.referralsDown++;
        log(p, EventSink.REFER_DOWN, f, Double.NaN);
        p.source(PatientSource.REFERRED);
        p.referralTime = sim.now();
        Facility rehab = referrals.rehabFor(f, p);
        Facility clinicBelow = p.zone >= 0 && grids.primaryClinic[p.zone] >= 0 ? facilities.get(grids.primaryClinic[p.zone]) : null;
        if (rehab != null) tracer.flow(f, rehab);
        else if (clinicBelow != null) tracer.flow(f, clinicBelow);
        if (rehab != null) {
            travelThen(network.facilityToFacility(f.index, rehab.index), () -> rehab.admit(p, stay(p, rehab)));
            return;
        }
        Facility clinic = p.zone >= 0 && grids.primaryClinic[p.zone] >= 0 ? facilities.get(grids.primaryClinic[p.zone]) : null;
        if (clinic != null) {
            goTo(p, clinic, network.facilityToFacility(f.index, clinic.index));
        } else {
            leave(p);
        }
    }

    // ---- losses --------------------------------------------------------------------------------

    /**
     * No slot within the horizon. A referred patient of a grid whose other groups pool slots books once into the
     * nearest one's pooled slots. A patient of the demand model goes elsewhere once: to their own
     * primary clinic (walk-in), which always sees them. Anyone else is lost, counted as unserved.
     */
    void noSlot(Facility f, Patient p) {
        if (p.referred() && !p.pooledSlotTried()) {
            // A full grid: first another group's pooled slots (policy.pooled_slot_share), then as before.
            Facility other = referrals.pooledSlotsInstead(f, p);
            if (other != null) {
                p.pooledSlotTried(true);
                p.pooledSlotOnly(true);
                log(p, EventSink.NO_SLOT, f, Double.NaN);
                goTo(p, other, network.facilityToFacility(f.index, other.index));
                return;
            }
        }
        int clinic = p.zone >= 0 ? grids.primaryClinic[p.zone] : -1;
        if (p.condition != null && !p.redirected() && clinic >= 0 && clinic != f.index) {
            p.redirected(true);
            log(p, EventSink.NO_SLOT, f, Double.NaN);
            Facility c = facilities.get(clinic);
            goTo(p, c, network.zoneToFacility(p.zone, c.index));
            return;
        }
        f.outpatientUnit(p).measures.unserved++;
        if (groups != null) groups.of(p).unserved++;
        log(p, EventSink.UNSERVED, f, Double.NaN);
        leave(p);
    }

    /**
     * A patient a full rehabilitation unit cannot take nor send on: continuing care there was a down-referral after a
     * hospital stay, so rather than being lost they go on with their primary clinic, as a down-referral without a
     * rehabilitation unit does. False (the patient is lost) for any other ward, or without a clinic.
     */
    boolean continueAtClinic(Facility f, Patient p) {
        if (f.spec.tier() != org.tiercare.scenario.Tier.REHAB || p.zone < 0 || grids.primaryClinic[p.zone] < 0) return false;
        Facility clinic = facilities.get(grids.primaryClinic[p.zone]);
        goTo(p, clinic, network.facilityToFacility(f.index, clinic.index));
        return true;
    }

    /** No bed, and the facility diverts or has no onward option left: lost (counted as diverted and unserved). */
    void diverted(Facility f, Patient p) { log(p, EventSink.UNSERVED, f, Double.NaN); leave(p); }

    /** No facility within reach: counted as unserved for the network. */
    private void lost(Patient p) {
        log(p, EventSink.UNSERVED, null, Double.NaN);
        log(p, EventSink.LEAVE, null, Double.NaN);
        unreachable++;
        if (groups != null) groups.of(p).unserved++;
        left++;
        recycle(p);
    }

    void leave(Patient p) {
        log(p, EventSink.LEAVE, null, Double.NaN);
        left++;
        recycle(p);
    }

    /** Patients who have left, linked through {@link Patient#stepAt}, to be reused by {@link #newPatient}. */
    private Patient leftPatients;

    /**
     * A new patient, made of one who has left when there is one (same fields as {@code new Patient}). Reuse keeps
     * the collector out of a city run (tens of millions of patients a year, each alive for weeks) and hands out the
     * patient who left last, still in the cache. Safe because nothing holds a patient who has left: their last
     * event has fired and no line or closure waits for them ({@link #recycle} checks the first).
     */
    Patient newPatient(PatientSource source, ConditionSpec condition, int conditionIndex, int zone, double admissionProbability) {
        Patient p = leftPatients;
        if (p == null) return new Patient(source, condition, conditionIndex, zone, admissionProbability);
        leftPatients = (Patient) p.stepAt;
        p.reset(source, condition, conditionIndex, zone, admissionProbability);
        return p;
    }

    private void recycle(Patient p) {
        if (p.step != Patient.IDLE) throw new IllegalStateException("a patient left with an event still pending");
        p.rare = null;
        p.stepAt = leftPatients;
        leftPatients = p;
    }

    /** One event of the patient's, when an event log is kept. */
    void log(Patient p, String event, Facility f, double waitH) {
        if (events != null) events.event(p, event, f, waitH);
    }

    /** Patients inside the levers' own resources and detours (for flow conservation). */
    int insideLevers() {
        int inDiagnostics = 0;
        for (Diagnostics d : diagnostics) inDiagnostics += d.inside;
        return (tele == null ? 0 : tele.inside) + inDiagnostics;
    }

    /** A consult of a patient of a population group, counted as {@code consulted} and {@code Facility.finish} count it. */
    private void countVisit(GroupTally g, Facility f, Patient p) {
        g.visits++;
        if (f.spec.tier().isPrimary()) g.primaryVisits++;
        if (p.zone >= 0 && grids.active() && grids.zoneGrid[p.zone] >= 0) {
            g.visitsWithHomeGrid++;
            if (f.grid == grids.zoneGrid[p.zone]) g.visitsInGrid++;
        }
    }

    void observeWait(Facility f, double wait) {
        if (waitBoard != null) waitBoard.observe(f.index, wait);
    }

}

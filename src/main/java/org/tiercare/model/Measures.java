package org.tiercare.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tiercare.metric.Metric;
import org.tiercare.stats.Tally;

/**
 * Raw measurements of one facility over the measured period (after warm-up), or of several merged
 * into one (a grid, a tier, the network). Every indicator is derived from sums, so merging first and
 * deriving after gives the right ratios for a group (not an average of ratios).
 */
public final class Measures {
    final Tally waitConsult = new Tally(true);
    final Tally waitConsultReferred = new Tally(false);
    final Tally waitConsultSelf = new Tally(false);
    final Tally waitAdmission = new Tally(true);
    final Tally waitAdmissionReferred = new Tally(false);
    final Tally waitAdmissionSelf = new Tally(false);
    final Tally lengthOfStay = new Tally(false);
    final Tally waitReferral = new Tally(false);
    /** Emergency departments that queue: arrival to the start of the emergency consult (all, and triage level 1). */
    final Tally waitEmergency = new Tally(true);
    final Tally waitEmergencyTriage1 = new Tally(false);
    double emergencyBusyArea;
    double emergencyOnDutyArea;
    boolean hasEmergencyDepartment;
    /** Bookings into this hospital's pooled slots by other groups' referrals ({@code policy.pooled_slot_share}). */
    long pooledSlotsUsed;
    /** Waits for a test station at centres with modalities (counted at the referring facility). */
    final Tally waitTest = new Tally(false);
    boolean hasPooledSlots;
    /** From an alliance referral's decision to the consult at the lead's department (counted there). */
    final Tally waitAllianceReferral = new Tally(false);
    long outpatientRequests;
    long visits;
    long admissionRequests;
    long admissions;
    /** Admissions that waited some time for a bed (the rest found one free at the request). */
    long admissionsWaited;
    long diverted;
    /** Of {@link #diverted}: sent on to another ward (onward diversion) rather than lost. */
    long divertedOnward;
    /** Of {@link #diverted}: turned away by a full rehabilitation unit and sent on to their primary clinic instead. */
    long divertedHome;
    /** Bed requests that arrived here sent on by a full ward elsewhere. */
    long receivedOnward;
    long unserved;
    long reservedSlotsOffered;
    long generalSlotsOffered;
    long reservedSlotsUsed;
    long generalSlotsUsed;
    long noSlot;
    long primaryVisits;
    long firstContacts;
    long bypasses;
    long visitsWithHomeGrid;
    long visitsInGrid;
    long emergencies;
    long teleconsultations;
    long teleResolved;
    long diagnosticTests;
    long repeatTests;
    long repeatTestsAvoided;
    long outreachSessions;
    double outreachTravelH;
    long referralsUp;
    long referralsDown;
    /**
     * Patients in the consult or admission queue when the run ends: not reset at the warm-up, read at the end. Their
     * requests count but they are neither visits nor unserved, so without this a clinic with no doctors shows nothing.
     */
    long queuedAtEnd;
    double durationH;
    double doctorBusyArea;
    double doctorOnDutyArea;
    double doctorDays;
    double consultQueueArea;
    double bedOccupiedArea;
    double bedCapacityArea;
    double admissionQueueArea;
    boolean hasOutpatient;
    boolean hasAppointments;
    boolean hasBeds;
    // Money (see Money): yuan over the measured period where the care was provided.
    double spendVisits;
    double spendStays;
    /** Emergency visits, tests, teleconsultations, outreach. */
    double spendOther;
    double spendInsurance;
    double spendOutOfPocket;
    /** What the fund pays directly (not through a group's budget). */
    double fundDirect;
    /** Per-admission payments minus the cost of those stays. */
    double providerBalance;
    /** Stays priced (ended in the measured period). */
    long stays;
    boolean hasMoney;
    boolean perAdmission;
    // Set on a grid's or the network's measures only (Money.fillGrid, fillNetwork), never merged.
    double residents;
    double residentSpend;
    double measuredH;
    double budget;
    double budgetClaims;
    boolean hasBudget;
    /** Whether {@link #budget} is paid (a global budget) rather than a benchmark under another method. */
    boolean budgetPaid;
    boolean fund;
    /** Some ward of the scenario sends patients onward: the onward indicators apply to every ward. */
    boolean hasOnward;
    /** Referrals a member sent straight to a specialty alliance's lead (counted at the sender). */
    long allianceReferrals;
    /** The scenario has specialty alliances: their indicators apply to every outpatient service. */
    boolean hasAlliances;

    /** Forgets everything counted so far (end of the warm-up); the clock-based areas are read at the end. */
    void reset() {
        waitConsult.reset(0);
        waitConsultReferred.reset(0);
        waitConsultSelf.reset(0);
        waitAdmission.reset(0);
        waitAdmissionReferred.reset(0);
        waitAdmissionSelf.reset(0);
        lengthOfStay.reset(0);
        waitReferral.reset(0);
        waitEmergency.reset(0);
        waitEmergencyTriage1.reset(0);
        pooledSlotsUsed = 0;
        waitTest.reset(0);
        waitAllianceReferral.reset(0);
        allianceReferrals = 0;
        outpatientRequests = visits = admissionRequests = admissions = admissionsWaited = diverted = unserved = 0;
        divertedOnward = receivedOnward = divertedHome = 0;
        reservedSlotsUsed = generalSlotsUsed = noSlot = referralsUp = referralsDown = 0;
        primaryVisits = firstContacts = bypasses = visitsWithHomeGrid = visitsInGrid = emergencies = 0;
        teleconsultations = teleResolved = diagnosticTests = repeatTests = repeatTestsAvoided = outreachSessions = 0;
        outreachTravelH = 0;
        spendVisits = spendStays = spendOther = spendInsurance = spendOutOfPocket = fundDirect = providerBalance = 0;
        stays = 0;
    }

    public Measures merge(Measures o) {
        waitConsult.merge(o.waitConsult);
        waitConsultReferred.merge(o.waitConsultReferred);
        waitConsultSelf.merge(o.waitConsultSelf);
        waitAdmission.merge(o.waitAdmission);
        waitAdmissionReferred.merge(o.waitAdmissionReferred);
        waitAdmissionSelf.merge(o.waitAdmissionSelf);
        lengthOfStay.merge(o.lengthOfStay);
        waitReferral.merge(o.waitReferral);
        waitEmergency.merge(o.waitEmergency);
        waitEmergencyTriage1.merge(o.waitEmergencyTriage1);
        emergencyBusyArea += o.emergencyBusyArea;
        emergencyOnDutyArea += o.emergencyOnDutyArea;
        hasEmergencyDepartment |= o.hasEmergencyDepartment;
        pooledSlotsUsed += o.pooledSlotsUsed;
        hasPooledSlots |= o.hasPooledSlots;
        waitTest.merge(o.waitTest);
        waitAllianceReferral.merge(o.waitAllianceReferral);
        allianceReferrals += o.allianceReferrals;
        hasAlliances |= o.hasAlliances;
        outpatientRequests += o.outpatientRequests;
        visits += o.visits;
        admissionRequests += o.admissionRequests;
        admissions += o.admissions;
        admissionsWaited += o.admissionsWaited;
        diverted += o.diverted;
        divertedOnward += o.divertedOnward;
        divertedHome += o.divertedHome;
        receivedOnward += o.receivedOnward;
        unserved += o.unserved;
        reservedSlotsOffered += o.reservedSlotsOffered;
        generalSlotsOffered += o.generalSlotsOffered;
        reservedSlotsUsed += o.reservedSlotsUsed;
        generalSlotsUsed += o.generalSlotsUsed;
        noSlot += o.noSlot;
        primaryVisits += o.primaryVisits;
        firstContacts += o.firstContacts;
        bypasses += o.bypasses;
        visitsWithHomeGrid += o.visitsWithHomeGrid;
        visitsInGrid += o.visitsInGrid;
        emergencies += o.emergencies;
        teleconsultations += o.teleconsultations;
        teleResolved += o.teleResolved;
        diagnosticTests += o.diagnosticTests;
        repeatTests += o.repeatTests;
        repeatTestsAvoided += o.repeatTestsAvoided;
        outreachSessions += o.outreachSessions;
        outreachTravelH += o.outreachTravelH;
        referralsUp += o.referralsUp;
        referralsDown += o.referralsDown;
        queuedAtEnd += o.queuedAtEnd;
        durationH = Math.max(durationH, o.durationH);
        doctorBusyArea += o.doctorBusyArea;
        doctorOnDutyArea += o.doctorOnDutyArea;
        doctorDays += o.doctorDays;
        consultQueueArea += o.consultQueueArea;
        bedOccupiedArea += o.bedOccupiedArea;
        bedCapacityArea += o.bedCapacityArea;
        admissionQueueArea += o.admissionQueueArea;
        hasOutpatient |= o.hasOutpatient;
        hasAppointments |= o.hasAppointments;
        hasBeds |= o.hasBeds;
        spendVisits += o.spendVisits;
        spendStays += o.spendStays;
        spendOther += o.spendOther;
        spendInsurance += o.spendInsurance;
        spendOutOfPocket += o.spendOutOfPocket;
        fundDirect += o.fundDirect;
        providerBalance += o.providerBalance;
        stays += o.stays;
        hasMoney |= o.hasMoney;
        perAdmission |= o.perAdmission;
        hasOnward |= o.hasOnward;
        return this;
    }

    /**
     * Indicators by CSV name, only those that apply, in the order summary.csv lists them. Every value is
     * put under a {@link Metric} of the registry, so a metric cannot be written without its definition.
     */
    public Map<String, Double> indicators() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (hasOutpatient) {
            put(m, Metric.VISITS, (double) visits);
            put(m, Metric.OUTPATIENT_REQUESTS, (double) outpatientRequests);
            put(m, Metric.PRIMARY_VISIT_SHARE, ratio(primaryVisits, visits));
            put(m, Metric.BYPASS_RATE, ratio(bypasses, firstContacts));
            put(m, Metric.IN_GRID_RATE, ratio(visitsInGrid, visitsWithHomeGrid));
            put(m, Metric.WAIT_CONSULT_MEAN_H, waitConsult.mean());
            put(m, Metric.WAIT_CONSULT_P50_H, waitConsult.quantile(0.50));
            put(m, Metric.WAIT_CONSULT_P90_H, waitConsult.quantile(0.90));
            put(m, Metric.WAIT_CONSULT_P95_H, waitConsult.quantile(0.95));
            put(m, Metric.WAIT_CONSULT_REFERRED_MEAN_H, waitConsultReferred.mean());
            put(m, Metric.WAIT_CONSULT_SELF_MEAN_H, waitConsultSelf.mean());
            put(m, Metric.WAIT_REFERRAL_MEAN_H, waitReferral.mean());
            put(m, Metric.CONSULT_QUEUE_MEAN, ratio(consultQueueArea, durationH));
            put(m, Metric.OUTPATIENT_UTILIZATION, ratio(doctorBusyArea, doctorOnDutyArea));
            put(m, Metric.VISITS_PER_DOCTOR_DAY, ratio(visits, doctorDays));
            put(m, Metric.REFERRALS_UP, (double) referralsUp);
            put(m, Metric.REFERRALS_DOWN, (double) referralsDown);
        }
        if (hasAppointments) {
            put(m, Metric.SLOTS_OFFERED, (double) (reservedSlotsOffered + generalSlotsOffered));
            put(m, Metric.SLOT_UTILIZATION, ratio(reservedSlotsUsed + generalSlotsUsed, reservedSlotsOffered + generalSlotsOffered));
            put(m, Metric.SLOT_UTILIZATION_RESERVED, ratio(reservedSlotsUsed, reservedSlotsOffered));
            put(m, Metric.SLOT_UTILIZATION_GENERAL, ratio(generalSlotsUsed, generalSlotsOffered));
            put(m, Metric.NO_SLOT, (double) noSlot);
        }
        if (hasPooledSlots) put(m, Metric.POOLED_SLOTS_USED, (double) pooledSlotsUsed);
        if (hasBeds) {
            put(m, Metric.ADMISSION_REQUESTS, (double) admissionRequests);
            put(m, Metric.ADMISSIONS, (double) admissions);
            put(m, Metric.WAIT_ADMISSION_MEAN_H, waitAdmission.mean());
            put(m, Metric.WAIT_ADMISSION_REFERRED_MEAN_H, waitAdmissionReferred.mean());
            put(m, Metric.WAIT_ADMISSION_SELF_MEAN_H, waitAdmissionSelf.mean());
            put(m, Metric.WAIT_ADMISSION_P50_H, waitAdmission.quantile(0.50));
            put(m, Metric.WAIT_ADMISSION_P90_H, waitAdmission.quantile(0.90));
            put(m, Metric.ADMISSION_WAITED_SHARE, ratio(admissionsWaited, admissions));
            put(m, Metric.ADMISSIONS_DIVERTED_SHARE, ratio(diverted, admissionRequests));
            put(m, Metric.ADMISSION_QUEUE_MEAN, ratio(admissionQueueArea, durationH));
            put(m, Metric.BEDS_OCCUPIED_MEAN, ratio(bedOccupiedArea, durationH));
            put(m, Metric.BED_OCCUPANCY, ratio(bedOccupiedArea, bedCapacityArea));
            put(m, Metric.LENGTH_OF_STAY_MEAN_H, lengthOfStay.mean());
        }
        // Only when the scenario diverts onward, so a scenario without it writes the files it always wrote.
        if (hasBeds && hasOnward) {
            put(m, Metric.ADMISSIONS_DIVERTED_ONWARD, (double) divertedOnward);
            put(m, Metric.ADMISSIONS_RECEIVED_ONWARD, (double) receivedOnward);
            put(m, Metric.ADMISSIONS_DIVERTED_ONWARD_SHARE, ratio(divertedOnward, admissionRequests));
            put(m, Metric.ADMISSIONS_DIVERTED_LOST_SHARE, ratio(diverted - divertedOnward - divertedHome, admissionRequests));
        }
        if (emergencies > 0) put(m, Metric.EMERGENCY_VISITS, (double) emergencies);
        // Only where an emergency department queues, so scenarios without one keep their files.
        if (hasEmergencyDepartment) {
            put(m, Metric.WAIT_EMERGENCY_MEAN_H, waitEmergency.mean());
            put(m, Metric.WAIT_EMERGENCY_P90_H, waitEmergency.quantile(0.90));
            put(m, Metric.WAIT_EMERGENCY_TRIAGE1_MEAN_H, waitEmergencyTriage1.mean());
            put(m, Metric.EMERGENCY_UTILIZATION, ratio(emergencyBusyArea, emergencyOnDutyArea));
        }
        // Lever indicators appear where the lever acted, so a lever at zero leaves the files as without it.
        if (teleconsultations > 0) {
            put(m, Metric.TELECONSULTATIONS, (double) teleconsultations);
            put(m, Metric.TELECONSULTATION_RESOLVED_SHARE, ratio(teleResolved, teleconsultations));
        }
        if (diagnosticTests > 0) put(m, Metric.DIAGNOSTIC_TESTS, (double) diagnosticTests);
        if (waitTest.count() > 0) put(m, Metric.WAIT_TEST_MEAN_H, waitTest.mean());
        if (repeatTests + repeatTestsAvoided > 0) {
            put(m, Metric.REPEAT_TESTS, (double) repeatTests);
            put(m, Metric.REPEAT_TESTS_AVOIDED, (double) repeatTestsAvoided);
        }
        if (outreachSessions > 0) {
            put(m, Metric.OUTREACH_SESSIONS, (double) outreachSessions);
            put(m, Metric.OUTREACH_TRAVEL_H, outreachTravelH);
        }
        put(m, Metric.UNSERVED, (double) unserved);
        if (hasOutpatient || hasBeds) put(m, Metric.QUEUED_AT_END, (double) queuedAtEnd);
        if (hasOutpatient && hasAlliances) {
            put(m, Metric.ALLIANCE_REFERRALS, (double) allianceReferrals);
            put(m, Metric.WAIT_ALLIANCE_REFERRAL_MEAN_H, waitAllianceReferral.mean());
        }
        if (hasMoney) money(m);
        return m;
    }

    /** The money indicators, after every other (so scenarios without money keep their files). */
    private void money(Map<String, Double> m) {
        put(m, Metric.SPEND_TOTAL, spendVisits + spendStays + spendOther);
        put(m, Metric.SPEND_INSURANCE, spendInsurance);
        put(m, Metric.SPEND_OUT_OF_POCKET, spendOutOfPocket);
        if (residents > 0 && measuredH > 0) {
            put(m, Metric.SPEND_PER_RESIDENT, residentSpend / residents * Money.HOURS_PER_YEAR / measuredH);
        }
        if (hasOutpatient) put(m, Metric.SPEND_PER_VISIT, ratio(spendVisits, visits));
        if (hasBeds) put(m, Metric.SPEND_PER_ADMISSION, ratio(spendStays, stays));
        if (fund) put(m, Metric.FUND_OUTLAY, fundDirect + (budgetPaid ? budget : 0));
        if (hasBudget) put(m, Metric.BUDGET_BALANCE, budget - budgetClaims);
        if (perAdmission) put(m, Metric.PROVIDER_BALANCE, providerBalance);
    }

    private static void put(Map<String, Double> m, Metric metric, double value) { m.put(metric.csvName(), value); }

    private static double ratio(double a, double b) { return b > 0 ? a / b : Double.NaN; }
}

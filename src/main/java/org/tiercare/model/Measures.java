package org.tiercare.model;

import java.util.LinkedHashMap;
import java.util.Map;
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
    final Tally waitAdmission = new Tally(false);
    final Tally lengthOfStay = new Tally(false);
    final Tally waitReferral = new Tally(false);
    long outpatientRequests;
    long visits;
    long admissionRequests;
    long admissions;
    long diverted;
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

    /** Forgets everything counted so far (end of the warm-up); the clock-based areas are read at the end. */
    void reset() {
        waitConsult.reset(0);
        waitConsultReferred.reset(0);
        waitConsultSelf.reset(0);
        waitAdmission.reset(0);
        lengthOfStay.reset(0);
        waitReferral.reset(0);
        outpatientRequests = visits = admissionRequests = admissions = diverted = unserved = 0;
        reservedSlotsUsed = generalSlotsUsed = noSlot = referralsUp = referralsDown = 0;
        primaryVisits = firstContacts = bypasses = visitsWithHomeGrid = visitsInGrid = emergencies = 0;
        teleconsultations = teleResolved = diagnosticTests = repeatTests = repeatTestsAvoided = outreachSessions = 0;
        outreachTravelH = 0;
    }

    public Measures merge(Measures o) {
        waitConsult.merge(o.waitConsult);
        waitConsultReferred.merge(o.waitConsultReferred);
        waitConsultSelf.merge(o.waitConsultSelf);
        waitAdmission.merge(o.waitAdmission);
        lengthOfStay.merge(o.lengthOfStay);
        waitReferral.merge(o.waitReferral);
        outpatientRequests += o.outpatientRequests;
        visits += o.visits;
        admissionRequests += o.admissionRequests;
        admissions += o.admissions;
        diverted += o.diverted;
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
        return this;
    }

    /** Indicators by metric name (names are a contract: see the README). Only those that apply. */
    public Map<String, Double> indicators() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (hasOutpatient) {
            m.put("visits", (double) visits);
            m.put("outpatient_requests", (double) outpatientRequests);
            m.put("primary_visit_share", ratio(primaryVisits, visits));
            m.put("bypass_rate", ratio(bypasses, firstContacts));
            m.put("in_grid_rate", ratio(visitsInGrid, visitsWithHomeGrid));
            m.put("wait_consult_mean_h", waitConsult.mean());
            m.put("wait_consult_p50_h", waitConsult.quantile(0.50));
            m.put("wait_consult_p90_h", waitConsult.quantile(0.90));
            m.put("wait_consult_p95_h", waitConsult.quantile(0.95));
            m.put("wait_consult_referred_mean_h", waitConsultReferred.mean());
            m.put("wait_consult_self_mean_h", waitConsultSelf.mean());
            m.put("wait_referral_mean_h", waitReferral.mean());
            m.put("consult_queue_mean", ratio(consultQueueArea, durationH));
            m.put("outpatient_utilization", ratio(doctorBusyArea, doctorOnDutyArea));
            m.put("visits_per_doctor_day", ratio(visits, doctorDays));
            m.put("referrals_up", (double) referralsUp);
            m.put("referrals_down", (double) referralsDown);
        }
        if (hasAppointments) {
            m.put("slots_offered", (double) (reservedSlotsOffered + generalSlotsOffered));
            m.put("slot_utilization", ratio(reservedSlotsUsed + generalSlotsUsed, reservedSlotsOffered + generalSlotsOffered));
            m.put("slot_utilization_reserved", ratio(reservedSlotsUsed, reservedSlotsOffered));
            m.put("slot_utilization_general", ratio(generalSlotsUsed, generalSlotsOffered));
            m.put("no_slot", (double) noSlot);
        }
        if (hasBeds) {
            m.put("admission_requests", (double) admissionRequests);
            m.put("admissions", (double) admissions);
            m.put("wait_admission_mean_h", waitAdmission.mean());
            m.put("admissions_diverted_share", ratio(diverted, admissionRequests));
            m.put("admission_queue_mean", ratio(admissionQueueArea, durationH));
            m.put("beds_occupied_mean", ratio(bedOccupiedArea, durationH));
            m.put("bed_occupancy", ratio(bedOccupiedArea, bedCapacityArea));
            m.put("length_of_stay_mean_h", lengthOfStay.mean());
        }
        if (emergencies > 0) m.put("emergency_visits", (double) emergencies);
        // Lever indicators appear where the lever acted, so a lever at zero leaves the files as without it.
        if (teleconsultations > 0) {
            m.put("teleconsultations", (double) teleconsultations);
            m.put("teleconsultation_resolved_share", ratio(teleResolved, teleconsultations));
        }
        if (diagnosticTests > 0) m.put("diagnostic_tests", (double) diagnosticTests);
        if (repeatTests + repeatTestsAvoided > 0) {
            m.put("repeat_tests", (double) repeatTests);
            m.put("repeat_tests_avoided", (double) repeatTestsAvoided);
        }
        if (outreachSessions > 0) {
            m.put("outreach_sessions", (double) outreachSessions);
            m.put("outreach_travel_h", outreachTravelH);
        }
        m.put("unserved", (double) unserved);
        return m;
    }

    private static double ratio(double a, double b) { return b > 0 ? a / b : Double.NaN; }
}

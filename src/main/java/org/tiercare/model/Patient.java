package org.tiercare.model;

import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.PatientSource;

/**
 * One individual on their way through the network: plain data, carried from step to step and
 * forgotten when they leave (nothing keeps patients alive, so memory does not grow with a run).
 */
final class Patient implements Runnable {
    static final int REFERRED_LINE = 0;
    static final int SELF_LINE = 1;

    /*
     * A patient is in one place at a time, so the event they wait for (a trip's end, the door opening, a booked
     * slot, a doctor, the end of a consult) can be the patient itself: {@link #step} says what happens when it
     * fires and {@link #stepAt} where. At city scale millions of patients wait weeks between follow-ups; one
     * closure (or two) per pending trip cost more memory than the patient.
     */
    static final byte IDLE = 0, TRIP = 1, TRIP_EMERGENCY = 2, DOOR = 3, SLOT_GENERAL = 4, SLOT_RESERVED = 5,
            CONSULT_START = 6, CONSULT_END = 7;
    /** What happens when this patient's pending event fires ({@link #IDLE}: none pending). */
    byte step;
    /** The facility ({@link #TRIP}, {@link #TRIP_EMERGENCY}) or outpatient department of {@link #step}. */
    Object stepAt;

    /** The care need, or null for patients of fixed arrival streams. */
    ConditionSpec condition;
    /** Home zone index, or -1. */
    int zone;
    /** When the current request was made (arrival for walk-in, booking for appointment, bed request). */
    double requestTime;
    /** When the current referral was decided (NaN when none is under way). */
    double referralTime = Double.NaN;
    /** Follow-up consults still to come for a chronic condition (-1: not yet started). */
    int followUpsLeft = -1;
    /** Index of the condition in the scenario's list (-1 without one). */
    short conditionIndex;
    /** Population group index in the scenario's list, or -1 (the rest, fixed arrival streams included). */
    short group = -1;
    /** The yes/no facts below, one bit each ({@link #FIRST_CONTACT} set at first). */
    private byte flags = FIRST_CONTACT;
    /** What few patients need (fixed streams, the event log, stays, onward diversion, alliances), or null. */
    Rare rare;

    /*
     * Why so few fields: at city scale millions of patients wait weeks between follow-ups, so the size of one
     * patient is the model's memory (and the cache misses when they come back). Facts most patients never need
     * live in {@link Rare}, created on first use; yes/no facts are bits.
     */
    private static final byte NEEDS_ADMISSION = 1, DOWN_REFER_AT_DISCHARGE = 2, REDIRECTED = 4, FIRST_CONTACT = 8,
            POOLED_ONLY = 16, POOLED_SLOT_ONLY = 32, POOLED_SLOT_TRIED = 64, REFERRED = (byte) 0x80;

    /** The fields of a patient that most patients never use. */
    static final class Rare {
        /** Chance that a consult ends in admission, for fixed arrival streams (conditions decide otherwise). */
        double admissionProbability;
        /** Number in the event log (0: not yet seen by it, {@link PatientLog#LEFT_OUT}: not sampled). */
        long logId;
        /** The wait before the consult under way, for the event log's consult event (set only with the log on). */
        double consultWaitH;
        /** Length of the current or last stay, hours (for its cost at discharge). */
        double stayH;
        /** Wards this patient has been turned away by or sent on to since their last admission (onward diversion). */
        java.util.BitSet triedWards;
        /** Onward attempts since the last admission. */
        int onwardTries;
        /** The stay of a fixed arrival stream with a {@code length_of_stay} of its own, or null (the ward's). */
        org.tiercare.dist.Sampler arrivalStay;
        /** The alliance lead's department this patient was referred to through a specialty alliance, or null. */
        Unit allianceUnit;
        /** When the alliance referral was decided (NaN when none is under way). */
        double allianceReferralTime = Double.NaN;
    }

    /** The patient's rare fields, created on first use. */
    Rare rare() {
        Rare r = rare;
        return r != null ? r : (rare = new Rare());
    }

    double admissionProbability() { return rare == null ? 0 : rare.admissionProbability; }

    double stayH() { return rare == null ? 0 : rare.stayH; }

    /** Sets the length of the current stay and returns it. */
    double stayH(double h) { return rare().stayH = h; }

    Unit allianceUnit() { return rare == null ? null : rare.allianceUnit; }

    /** Referred to a hospital to be admitted there (the consulting facility had no beds). */
    boolean needsAdmission() { return (flags & NEEDS_ADMISSION) != 0; }
    void needsAdmission(boolean v) { flag(NEEDS_ADMISSION, v); }
    /** The stay at the next admission is shortened because the patient continues care below. */
    boolean downReferAtDischarge() { return (flags & DOWN_REFER_AT_DISCHARGE) != 0; }
    void downReferAtDischarge(boolean v) { flag(DOWN_REFER_AT_DISCHARGE, v); }
    /** Already sent elsewhere once for want of a slot. */
    boolean redirected() { return (flags & REDIRECTED) != 0; }
    void redirected(boolean v) { flag(REDIRECTED, v); }
    /** The first consult of this need is still to come (first contact, for the bypass rate). */
    boolean firstContact() { return (flags & FIRST_CONTACT) != 0; }
    void firstContact(boolean v) { flag(FIRST_CONTACT, v); }
    /** Sent into another group's hospital without a cross-grid policy: may hold only its pooled beds. */
    boolean pooledOnly() { return (flags & POOLED_ONLY) != 0; }
    void pooledOnly(boolean v) { flag(POOLED_ONLY, v); }
    /** Referred into another group's hospital without a cross-grid policy: may book only its pooled slots. */
    boolean pooledSlotOnly() { return (flags & POOLED_SLOT_ONLY) != 0; }
    void pooledSlotOnly(boolean v) { flag(POOLED_SLOT_ONLY, v); }
    /** Already sent into another group's pooled slots once for want of a slot in the own grid. */
    boolean pooledSlotTried() { return (flags & POOLED_SLOT_TRIED) != 0; }
    void pooledSlotTried(boolean v) { flag(POOLED_SLOT_TRIED, v); }

    private void flag(byte bit, boolean v) { flags = (byte) (v ? flags | bit : flags & ~bit); }

    /** A group or condition index as a short (they are list positions; a scenario never has 32,768 of them). */
    static short narrow(int index) {
        if (index != (short) index) throw new IllegalArgumentException("index out of range: " + index);
        return (short) index;
    }

    Patient(PatientSource source, ConditionSpec condition, int conditionIndex, int zone, double admissionProbability) {
        reset(source, condition, conditionIndex, zone, admissionProbability);
    }

    /**
     * Makes this patient a new one, as the constructor does: {@link Pathway} reuses patients who have left (a city
     * creates tens of millions a year, each living weeks, which kept the collector copying and promoting them).
     */
    void reset(PatientSource source, ConditionSpec condition, int conditionIndex, int zone, double admissionProbability) {
        step = IDLE;
        stepAt = null;
        this.condition = condition;
        this.zone = zone;
        requestTime = 0;
        referralTime = Double.NaN;
        followUpsLeft = -1;
        this.conditionIndex = narrow(conditionIndex);
        group = -1;
        flags = FIRST_CONTACT;
        rare = null;
        source(source);
        if (admissionProbability != 0) rare().admissionProbability = admissionProbability;
    }

    /** Makes this patient's next event {@code step} at {@code at}; fails if one is already pending. */
    Patient next(byte step, Object at) {
        if (this.step != IDLE) throw new IllegalStateException("patient already waiting for step " + this.step);
        this.step = step;
        this.stepAt = at;
        return this;
    }

    @Override
    public void run() {
        byte s = step;
        Object at = stepAt;
        step = IDLE;
        stepAt = null;
        switch (s) {
            case TRIP -> ((Facility) at).model.pathway().arrived(this, (Facility) at);
            case TRIP_EMERGENCY -> ((Facility) at).model.pathway().arrivedAtEmergency(this, (Facility) at);
            case DOOR, SLOT_GENERAL, SLOT_RESERVED, CONSULT_START, CONSULT_END -> ((Outpatient) at).step(this, s);
            default -> throw new IllegalStateException("patient woken with no step pending");
        }
    }

    /** Referred (by a doctor) or self-presenting: a bit, like the yes/no facts. */
    boolean referred() { return (flags & REFERRED) != 0; }

    PatientSource source() { return referred() ? PatientSource.REFERRED : PatientSource.SELF; }

    void source(PatientSource s) { flag(REFERRED, s == PatientSource.REFERRED); }

    /** The line this patient waits in: referred and self-presenting patients are kept apart. */
    int line() { return referred() ? REFERRED_LINE : SELF_LINE; }
}

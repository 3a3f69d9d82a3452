package org.tiercare.scenario;

/** Whether a patient comes on a referral from another facility or presents on their own. */
public enum PatientSource { SELF, REFERRED }

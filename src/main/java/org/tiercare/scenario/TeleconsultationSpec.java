package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/**
 * Teleconsultation (远程会诊): a share of would-be referrals from primary care first get a remote
 * consult with the receiving hospital's experts (a limited resource), after a delay; a share of those
 * are resolved at the clinic, the rest are referred as before.
 *
 * @param share         share of would-be up-referrals from primary care that try a remote consult first
 * @param delayH        fixed delay before the remote consult can start (scheduling), hours
 * @param experts       remote-consult experts on duty per receiving hospital (parallel consults)
 * @param consultTime   duration of one remote consult, hours
 * @param resolvedShare share of remote consults after which the patient stays in primary care
 */
public record TeleconsultationSpec(double share, double delayH, int experts, Distribution consultTime,
                                   double resolvedShare) {}

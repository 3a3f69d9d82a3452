package org.tiercare.scenario;

import org.tiercare.dist.Distribution;

/**
 * A shared diagnostics centre (区域检查检验中心) with mutual recognition of results (检查检验结果互认).
 * Patients referred up from primary care who need tests ({@code testShare}) have them here before
 * the referral (queue for {@code stations}, {@code testTime}, then {@code turnaroundH} for results).
 * With {@code recognition}, the receiving hospital accepts the results; without, it repeats the tests,
 * which delays the consult by {@code repeatDelayH}.
 *
 * @param zone          where the centre stands (for travel), or null
 */
public record DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                              double testShare, boolean recognition, double repeatDelayH) {}

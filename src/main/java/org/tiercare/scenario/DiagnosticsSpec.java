package org.tiercare.scenario;

import java.util.List;
import org.tiercare.dist.Distribution;

/**
 * A shared diagnostics centre (区域检查检验中心) with mutual recognition of results (检查检验结果互认).
 * Patients referred up from primary care who need tests ({@code testShare}) have them here before
 * the referral (queue for {@code stations}, {@code testTime}, then {@code turnaroundH} for results).
 * With {@code recognition}, the receiving hospital accepts the results; without, it repeats the tests,
 * which delays the consult by {@code repeatDelayH}.
 *
 * @param zone          where the centre stands (for travel), or null
 * @param serves        the zones whose facilities send their referrals here; empty: the facilities nearer to this
 *                      centre than to any other (with several centres; a single centre serves everyone)
 */
public record DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                              double testShare, boolean recognition, double repeatDelayH, List<String> serves) {
    public DiagnosticsSpec {
        serves = serves == null ? List.of() : List.copyOf(serves);
    }

    /** A centre that serves whoever is nearest. */
    public DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                           double testShare, boolean recognition, double repeatDelayH) {
        this(id, zone, stations, testTime, turnaroundH, testShare, recognition, repeatDelayH, List.of());
    }
}

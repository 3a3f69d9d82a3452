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
 * @param modalities    the centre's kinds of test (lab, imaging, ECG, pathology…), each with its own stations, test
 *                      time and turnaround, one drawn per patient by share; empty: one kind, the centre's own
 */
public record DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                              double testShare, boolean recognition, double repeatDelayH, List<String> serves,
                              List<Modality> modalities) {
    public DiagnosticsSpec {
        serves = serves == null ? List.of() : List.copyOf(serves);
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
    }

    /**
     * One kind of test at a centre.
     *
     * @param id          free id, unique within the centre (lab, imaging, ecg, pathology…)
     * @param stations    stations (machines, benches) testing at once
     * @param testTime    hours a test holds a station
     * @param turnaroundH hours from the end of the test to the result
     * @param share       share of the centre's patients tested here (the shares of a centre sum to 1)
     */
    public record Modality(String id, String name, int stations, Distribution testTime, double turnaroundH, double share) {}

    /** A centre without modalities. */
    public DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                           double testShare, boolean recognition, double repeatDelayH, List<String> serves) {
        this(id, zone, stations, testTime, turnaroundH, testShare, recognition, repeatDelayH, serves, List.of());
    }

    /** A centre that serves whoever is nearest. */
    public DiagnosticsSpec(String id, String zone, int stations, Distribution testTime, double turnaroundH,
                           double testShare, boolean recognition, double repeatDelayH) {
        this(id, zone, stations, testTime, turnaroundH, testShare, recognition, repeatDelayH, List.of());
    }
}

package org.tiercare.experiment;

import java.util.List;
import org.tiercare.model.Workload;
import org.tiercare.scenario.Scenario;

/**
 * What a study will cost, before it runs: the {@link Workload} of one replication of its baseline, and for the study
 * as a whole (every variant, {@code replications} each, on {@code threads}) the peak heap and a range of wall time.
 * The commands read it to tell the user ({@code validate}) and to refuse a run that cannot fit in the heap.
 *
 * @param needs         care needs in one replication of the baseline
 * @param consults      consults in one replication of the baseline
 * @param admissions    admissions in one replication of the baseline
 * @param events        events in one replication of the baseline
 * @param peakInSystem  patients inside at once at the busiest, the most of any variant
 * @param heapBytes     peak heap of the study
 * @param fastestSeconds wall time at {@link #EVENTS_PER_SECOND_HIGH} per core
 * @param slowestSeconds wall time at {@link #EVENTS_PER_SECOND_LOW} per core
 */
public record StudyCost(double needs, double consults, double admissions, double events, double peakInSystem,
                        long heapBytes, double fastestSeconds, double slowestSeconds) {
    public static final double EVENTS_PER_SECOND_LOW = Workload.EVENTS_PER_SECOND_LOW;
    public static final double EVENTS_PER_SECOND_HIGH = Workload.EVENTS_PER_SECOND_HIGH;

    /** The cost of {@code variants} (the baseline first), {@code replications} each, on {@code threads} of {@code cores}. */
    public static StudyCost of(List<Scenario> variants, int replications, int threads, int cores) {
        List<Workload> ws = variants.stream().map(Workload::of).toList();
        Workload base = ws.get(0);
        double peak = ws.stream().mapToDouble(Workload::peakInSystem).max().orElse(0);
        double[] t = Workload.seconds(ws, replications, threads, cores);
        return new StudyCost(base.needs(), base.consults(), base.admissions(), base.events(), peak,
                Workload.peakHeapBytes(ws, replications, threads), t[0], t[1]);
    }
}

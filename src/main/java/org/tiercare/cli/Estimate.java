package org.tiercare.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tiercare.experiment.Variant;
import org.tiercare.model.Workload;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;

/**
 * The cost of a run told before it starts ({@code validate}) and a run refused when it cannot fit: the
 * {@link Workload} estimate of each variant turned into the few lines a planner reads, and the heap check.
 */
final class Estimate {
    /** Suggested heap = estimate × this, rounded up to 256 MB: G1 needs room above the live set to collect. */
    static final double HEADROOM = 1.5;
    private static final long MB = 1L << 20;

    private Estimate() {}

    /** The estimate of a scenario as {@code validate} prints it, for {@code replications} on {@code threads}. */
    static void print(PrintWriter out, Scenario s, int replications, int threads, int cores, long maxHeap) {
        Messages m = Messages.of("cli");
        Workload w = Workload.of(s);
        out.println(m.get("estimate.replication", days(s.warmupH()), days(s.horizonH()), count(w.needs()),
                count(w.consults()), count(w.admissions()), count(w.events()), count(w.peakInSystem())));
        long heap = Workload.peakHeapBytes(List.of(w), replications, threads);
        out.println(m.get("estimate.heap", size(heap), replications, threads, size(maxHeap)));
        double[] t = Workload.seconds(List.of(w), replications, threads, cores);
        out.println(m.get("estimate.time", duration(m, t[0]), duration(m, t[1]), replications, Math.min(threads, cores),
                rate(Workload.EVENTS_PER_SECOND_LOW), rate(Workload.EVENTS_PER_SECOND_HIGH)));
        if (heap > maxHeap) out.println(m.get("estimate.tooBig", xmx(heap)));
    }

    /**
     * Refuses (exit 2, nothing written) a study whose estimated peak heap exceeds {@code maxHeap}, naming the
     * {@code -Xmx} that would do: better a sentence now than an OutOfMemoryError an hour in.
     */
    static void refuseIfTooBig(List<Variant> variants, int replications, int threads, long maxHeap) {
        List<Workload> ws = variants.stream().map(v -> Workload.of(v.scenario())).toList();
        long heap = Workload.peakHeapBytes(ws, replications, threads);
        if (heap <= maxHeap) return;
        double peak = ws.stream().mapToDouble(Workload::peakInSystem).max().orElse(0);
        throw new BadInputException("error.heap", size(heap), count(peak), Math.min(threads, replications), size(maxHeap), xmx(heap));
    }

    /** The -Xmx value to suggest: the estimate with headroom, in whole 256 MB, written in g or m. */
    static String xmx(long heap) {
        long quarterGb = (long) Math.ceil(heap * HEADROOM / (256.0 * MB));
        return quarterGb % 4 == 0 ? (quarterGb / 4) + "g" : (quarterGb * 256) + "m";
    }

    static String size(long bytes) {
        return bytes >= 1024 * MB ? String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * MB))
                : String.format(Locale.ROOT, "%d MB", Math.round(bytes / (double) MB));
    }

    /** A count to about 3 significant figures, with thousands separators (never in exponent form). */
    static String count(double x) {
        double rounded = x < 1000 ? Math.round(x) : roundTo3(x);
        return String.format(Locale.ROOT, "%,.0f", rounded);
    }

    private static double roundTo3(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)) - 2);
        return Math.round(x / p) * p;
    }

    private static String days(double hours) { return String.format(Locale.ROOT, "%.0f", hours / 24); }

    private static String rate(double perSecond) { return String.format(Locale.ROOT, "%.1f", perSecond / 1e6); }

    /** Seconds under 2 min, minutes under 2 h, hours beyond, in the language's words. */
    static String duration(Messages m, double seconds) {
        if (seconds < 120) return m.get("estimate.seconds", String.format(Locale.ROOT, "%.0f", Math.max(1, seconds)));
        if (seconds < 7200) return m.get("estimate.minutes", String.format(Locale.ROOT, "%.0f", seconds / 60));
        return m.get("estimate.hours", String.format(Locale.ROOT, "%.1f", seconds / 3600));
    }
}

package org.tiercare.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tiercare.experiment.StudyCost;
import org.tiercare.experiment.Variant;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;

/**
 * The cost of a run told before it starts ({@code validate}) and a run refused when it cannot fit: the
 * {@link StudyCost} estimate turned into the few lines a planner reads, and the heap check.
 */
final class Estimate {
    /** Suggested heap = estimate × this, rounded up to 256 MB: G1 needs room above the live set to collect. */
    static final double HEADROOM = 1.5;
    private static final long MB = 1L << 20;

    private Estimate() {}

    /** The estimate of a scenario as {@code validate} prints it, for {@code replications} on {@code threads}. */
    static void print(PrintWriter out, Scenario s, int replications, int threads, int cores, long maxHeap) {
        Messages m = Messages.of("cli");
        StudyCost c = StudyCost.of(List.of(s), replications, threads, cores);
        out.println(m.get("estimate.replication", days(s.warmupH()), days(s.horizonH()), count(c.needs()),
                count(c.consults()), count(c.admissions()), count(c.events()), count(c.peakInSystem())));
        long heap = c.heapBytes();
        out.println(m.get("estimate.heap", size(heap), replications, threads, size(maxHeap)));
        String fast = duration(m, c.fastestSeconds()), slow = duration(m, c.slowestSeconds());
        out.println(m.get(fast.equals(slow) ? "estimate.timeAbout" : "estimate.time", fast, slow, replications,
                Math.min(threads, cores), rate(StudyCost.EVENTS_PER_SECOND_LOW), rate(StudyCost.EVENTS_PER_SECOND_HIGH)));
        if (heap > maxHeap) out.println(m.get("estimate.tooBig", xmx(heap)));
    }

    /**
     * Refuses (exit 2, nothing written) a study whose estimated peak heap exceeds {@code maxHeap}, naming the
     * {@code -Xmx} that would do: better a sentence now than an OutOfMemoryError an hour in.
     */
    static void refuseIfTooBig(List<Variant> variants, int replications, int threads, long maxHeap) {
        refuseIfTooBig(variants.stream().map(Variant::scenario).toList(), replications, threads, maxHeap);
    }

    /** As above, for scenarios run without variants ({@code warmup}). */
    static void refuseIfTooBig(java.util.Collection<Scenario> scenarios, int replications, int threads, long maxHeap) {
        StudyCost c = StudyCost.of(List.copyOf(scenarios), replications, threads, threads);
        long heap = c.heapBytes();
        if (heap <= maxHeap) return;
        double peak = c.peakInSystem();
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

package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.model.RunDetail;
import org.tiercare.report.RunWarning;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.stats.StudentInterval;
import org.tiercare.text.Messages;

/**
 * Looks at the sampled series of a variant's replications for two things a summary hides: a queue that keeps
 * growing (an overloaded facility, whose mean wait only measures how long the run was) and a warm-up that
 * ended before the model settled.
 *
 * <p>Growth: the measured period is cut into thirds; a queue grows throughout when its mean rises from each third
 * to the next, by more than {@link #MIN_GROWTH} patients and half its first-third level, and (with two or more
 * replications) the 95 % interval of the rise over replications excludes 0. Comparing thirds, rather than fitting a
 * line, ignores the daily cycle and does not flag a winter peak at both ends of a year.
 */
final class Stability {
    /** A queue must grow by at least this many patients to count (a clinic's queue of 2 becoming 4 is noise). */
    static final double MIN_GROWTH = 5;
    /**
     * A warm-up is short when beds over the first tenth of the measured period are this far (relative) below their
     * level in its second half. Generous, because seasonal demand moves the level too: the demo's winter peak puts
     * beds about 10 % above their summer level, so a tighter bound would call a long warm-up short.
     */
    static final double WARMUP_TOLERANCE = 0.15;

    private static final String NETWORK_BEDS = "occupied beds (all facilities)";

    private Stability() {}

    static List<RunWarning> check(String variant, Scenario s, List<RunDetail> details) {
        List<RunWarning> out = new ArrayList<>();
        if (details.isEmpty()) return out;
        Messages zh = Messages.of("warnings", Locale.SIMPLIFIED_CHINESE);
        Messages en = Messages.of("warnings", Locale.ENGLISH);
        double from = s.warmupH(), to = s.warmupH() + s.horizonH();
        Map<String, String> queues = new LinkedHashMap<>();
        queues.put(RunDetail.CONSULT_QUEUE, "queue.consult");
        queues.put(RunDetail.BOOKING_BACKLOG, "queue.booking");
        queues.put(RunDetail.ADMISSION_QUEUE, "queue.admission");
        for (FacilitySpec f : s.facilities()) {
            for (Map.Entry<String, String> q : queues.entrySet()) {
                double[][] thirds = thirds(details, q.getKey() + f.id(), from, to);
                if (thirds == null || !grows(thirds)) continue;
                String a = String.format(Locale.ROOT, "%.0f", mean(thirds[0]));
                String c = String.format(Locale.ROOT, "%.0f", mean(thirds[2]));
                String who = f.name().equals(f.id()) ? f.id() : f.id() + " " + f.name();
                out.add(new RunWarning(RunWarning.UNSTABLE_QUEUE, variant, "facility", f.id(),
                        zh.get("unstable.grows", variant, who, zh.get(q.getValue()), a, c),
                        en.get("unstable.grows", variant, who, en.get(q.getValue()), a, c)));
            }
        }
        warmup(variant, s, details, zh, en).ifPresent(out::add);
        return out;
    }

    /** Per replication, the mean of each third of the measured period: [third][replication]; null if unsampled. */
    static double[][] thirds(List<RunDetail> details, String series, double from, double to) {
        double[][] means = new double[3][details.size()];
        double span = (to - from) / 3;
        for (int r = 0; r < details.size(); r++) {
            double[] sum = new double[3];
            int[] n = new int[3];
            for (RunDetail.Point p : details.get(r).series()) {
                if (!p.series().equals(series) || p.timeH() < from || p.timeH() > to) continue;
                int k = Math.min(2, (int) ((p.timeH() - from) / span));
                sum[k] += p.value();
                n[k]++;
            }
            if (n[0] == 0 || n[1] == 0 || n[2] == 0) return null;
            for (int k = 0; k < 3; k++) means[k][r] = sum[k] / n[k];
        }
        return means;
    }

    static boolean grows(double[][] thirds) {
        double a = mean(thirds[0]), b = mean(thirds[1]), c = mean(thirds[2]);
        if (!(a < b && b < c)) return false;
        if (c - a < Math.max(MIN_GROWTH, 0.5 * a)) return false;
        if (thirds[0].length < 2) return true;
        List<Double> rise = new ArrayList<>();
        for (int r = 0; r < thirds[0].length; r++) rise.add(thirds[2][r] - thirds[0][r]);
        return StudentInterval.of(rise).low() > 0;
    }

    /**
     * Occupied beds across the network over the first tenth of the measured period against the mean of its second
     * half: beds fill slowest, so they show a short warm-up first.
     */
    private static java.util.Optional<RunWarning> warmup(String variant, Scenario s, List<RunDetail> details,
                                                         Messages zh, Messages en) {
        double from = s.warmupH(), to = from + s.horizonH();
        double early = 0, late = 0;
        int nEarly = 0, nLate = 0;
        for (RunDetail d : details) {
            for (RunDetail.Point p : d.series()) {
                if (!p.series().equals(NETWORK_BEDS) || p.timeH() < from || p.timeH() > to) continue;
                if (p.timeH() <= from + 0.1 * (to - from)) {
                    early += p.value();
                    nEarly++;
                } else if (p.timeH() >= from + 0.5 * (to - from)) {
                    late += p.value();
                    nLate++;
                }
            }
        }
        if (nEarly == 0 || nLate == 0 || late / nLate <= 0) return java.util.Optional.empty();
        double gap = (early / nEarly - late / nLate) / (late / nLate);
        // The model starts empty, so a warm-up that is too short shows as beds below their later level; a level above
        // it is a season (winter demand at the start of a year), not a warm-up, and is not flagged.
        if (gap >= -WARMUP_TOLERANCE) return java.util.Optional.empty();
        String days = String.format(Locale.ROOT, "%.0f", s.warmupH() / 24);
        String pct = String.format(Locale.ROOT, "%.0f", 100 * Math.abs(gap));
        return java.util.Optional.of(new RunWarning(RunWarning.WARMUP_SHORT, variant, "network", "all",
                zh.get("warmup.short", variant, days, zh.get("warmup.series.beds"), pct),
                en.get("warmup.short", variant, days, en.get("warmup.series.beds"), pct)));
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s / xs.length;
    }
}

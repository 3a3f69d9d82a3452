package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tiercare.model.RunDetail;
import org.tiercare.report.WarmupFiles;

/**
 * Welch's graphical method for choosing a warm-up period: average a sampled series across
 * replications at each sample time, smooth it with a centred moving average, and look for where it
 * flattens. The suggestion is only a hint (see {@link #suggest}); the chart is the evidence.
 */
public final class Welch {
    public record Result(String series, int replications, int window, List<WarmupFiles.Point> points, double suggestedWarmupH) {}

    private Welch() {}

    public static Result of(String series, List<RunDetail> details, int window, double tolerance) {
        TreeMap<Double, double[]> byTime = new TreeMap<>(); // time -> {sum, count}
        for (RunDetail d : details) {
            for (RunDetail.Point p : d.series()) {
                if (!p.series().equals(series)) continue;
                double[] acc = byTime.computeIfAbsent(p.timeH(), t -> new double[2]);
                acc[0] += p.value();
                acc[1]++;
            }
        }
        List<Double> times = new ArrayList<>(byTime.keySet());
        double[] mean = new double[times.size()];
        int i = 0;
        for (Map.Entry<Double, double[]> e : byTime.entrySet()) mean[i++] = e.getValue()[0] / e.getValue()[1];
        double[] smooth = new double[mean.length];
        for (int k = 0; k < mean.length; k++) {
            // Near the start the window shrinks symmetrically, as in Welch's original method.
            int w = Math.min(window, Math.min(k, mean.length - 1 - k));
            double s = 0;
            for (int j = k - w; j <= k + w; j++) s += mean[j];
            smooth[k] = s / (2 * w + 1);
        }
        List<WarmupFiles.Point> points = new ArrayList<>();
        for (int k = 0; k < mean.length; k++) points.add(new WarmupFiles.Point(times.get(k), mean[k], smooth[k]));
        return new Result(series, details.size(), window, points, suggest(times, smooth, tolerance));
    }

    /**
     * The first time the smoothed curve reaches the typical level of the run's second half (its median),
     * within {@code tolerance} or the curve's own wiggle there. "Reaches", not "stays": seasonal demand
     * keeps moving the level later in the run, which is not a warm-up effect.
     */
    private static double suggest(List<Double> times, double[] smooth, double tolerance) {
        if (smooth.length < 4) return Double.NaN;
        int half = smooth.length / 2;
        double[] late = java.util.Arrays.copyOfRange(smooth, half, smooth.length);
        java.util.Arrays.sort(late);
        double level = late[late.length / 2];
        double ss = 0;
        for (double v : late) ss += (v - level) * (v - level);
        double sd = Math.sqrt(ss / Math.max(1, late.length - 1));
        double band = Math.max(Math.abs(level) * tolerance, sd / 2);
        for (int k = 0; k < smooth.length; k++) {
            if (Math.abs(smooth[k] - level) <= band) return times.get(k);
        }
        return times.get(smooth.length - 1);
    }

    /**
     * Welch's suggestion for every sampled series (network and per facility), the slowest to settle first (ties by
     * name, so the order does not depend on anything but the data). Series without a suggestion are left out.
     */
    public static List<WarmupFiles.Advice> all(List<RunDetail> details, int window, double tolerance) {
        List<WarmupFiles.Advice> out = new ArrayList<>();
        if (details.isEmpty()) return out;
        for (String s : seriesNames(details.get(0))) {
            double h = of(s, details, window, tolerance).suggestedWarmupH();
            if (Double.isFinite(h)) out.add(new WarmupFiles.Advice(s, h));
        }
        out.sort(java.util.Comparator.comparingDouble(WarmupFiles.Advice::warmupH).reversed().thenComparing(WarmupFiles.Advice::series));
        return out;
    }

    /** Series names available in a detail (for messages listing what can be plotted). */
    public static List<String> seriesNames(RunDetail d) {
        return d.series().stream().map(RunDetail.Point::series).distinct().toList();
    }
}

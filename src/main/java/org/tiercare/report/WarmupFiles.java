package org.tiercare.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results folder of {@code tiercare warmup}: welch.csv (the series averaged over
 * replications and its moving average), the Welch chart and manifest.json, like every other results
 * folder, so the choice of warm-up can be traced to the run that suggested it.
 */
public final class WarmupFiles {
    private WarmupFiles() {}

    /** Welch's suggested warm-up for one series. */
    public record Advice(String series, double warmupH) {}

    /**
     * {@code welch_all.csv}: every sampled series with the warm-up Welch's method suggests for it, slowest first,
     * so a warm-up can be chosen for all of them, not only the one drawn.
     */
    public static void writeAdvice(Path dir, List<Advice> advice) throws IOException {
        List<Object[]> rows = new ArrayList<>(advice.size());
        for (Advice a : advice) rows.add(new Object[] {a.series(), a.warmupH(), a.warmupH() / 24});
        CsvOutput.writeTable(dir.resolve("welch_all.csv"), List.of("series", "suggested_warmup_h", "suggested_warmup_d"), rows);
    }

    /** One sample time: the mean over replications and its centred moving average. */
    public record Point(double timeH, double mean, double smoothed) {}

    /**
     * @param meanLabel     legend of the averaged series, e.g. "occupied beds H1 (mean of 4 replications)"
     * @param smoothedLabel legend of the moving average, e.g. "moving average, window 21"
     */
    public static void write(Path dir, Manifest manifest, List<Point> points, String meanLabel, String smoothedLabel)
            throws IOException {
        List<Object[]> rows = new ArrayList<>(points.size());
        for (Point p : points) rows.add(new Object[] {p.timeH(), p.mean(), p.smoothed()});
        CsvOutput.writeTable(dir.resolve("welch.csv"), List.of("time_h", "mean", "moving_average"), rows);
        List<TimePoint> series = new ArrayList<>(2 * points.size());
        for (Point p : points) {
            series.add(new TimePoint(p.timeH(), meanLabel, p.mean()));
            series.add(new TimePoint(p.timeH(), smoothedLabel, p.smoothed()));
        }
        Charts.timeSeries(dir, series);
        manifest.writeTo(dir);
    }
}

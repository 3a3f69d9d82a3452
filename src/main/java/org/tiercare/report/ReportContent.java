package org.tiercare.report;

import java.util.List;

/**
 * Everything {@link HtmlReport} shows. Optional parts: {@code baseline} and {@code comparison} (empty list
 * when there is no comparison), {@code sweep} (null when not a sweep), {@code charts} (empty for none).
 *
 * @param title       the report's title (the scenario's name)
 * @param description the scenario's description, plain text; blank lines separate paragraphs
 */
public record ReportContent(String title, String description, Manifest manifest, List<SummaryRow> summary,
                            String baseline, List<ComparisonRow> comparison, Sweep sweep, List<ChartImage> charts) {
    public ReportContent {
        summary = List.copyOf(summary);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** A single run or a comparison without one yet: no comparison, no sweep, no charts. */
    public static ReportContent of(String title, String description, Manifest manifest, List<SummaryRow> summary) {
        return new ReportContent(title, description, manifest, summary, null, List.of(), null, List.of());
    }

    public ReportContent withComparison(String baseline, List<ComparisonRow> comparison) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts);
    }

    public ReportContent withSweep(Sweep sweep) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts);
    }

    public ReportContent withCharts(List<ChartImage> charts) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts);
    }
}

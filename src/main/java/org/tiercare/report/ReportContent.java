package org.tiercare.report;

import java.util.List;

/**
 * Everything {@link HtmlReport} shows. Optional parts: {@code baseline} and {@code comparison} (empty list
 * when there is no comparison), {@code sweep} (null when not a sweep), {@code charts} (empty for none),
 * {@code scorecard} (empty when no rules or targets were checked).
 *
 * @param title       the report's title (the scenario's name)
 * @param description the scenario's description, plain text; blank lines separate paragraphs
 */
public record ReportContent(String title, String description, Manifest manifest, List<SummaryRow> summary,
                            String baseline, List<ComparisonRow> comparison, Sweep sweep, List<ChartImage> charts,
                            List<ScorecardRow> scorecard) {
    public ReportContent {
        summary = List.copyOf(summary);
        scorecard = scorecard == null ? List.of() : List.copyOf(scorecard);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** A single run or a comparison without one yet: no comparison, no sweep, no charts. */
    public static ReportContent of(String title, String description, Manifest manifest, List<SummaryRow> summary) {
        return new ReportContent(title, description, manifest, summary, null, List.of(), null, List.of(), List.of());
    }

    public ReportContent withComparison(String baseline, List<ComparisonRow> comparison) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts, scorecard);
    }

    public ReportContent withSweep(Sweep sweep) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts, scorecard);
    }

    public ReportContent withCharts(List<ChartImage> charts) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts, scorecard);
    }

    public ReportContent withScorecard(List<ScorecardRow> scorecard) {
        return new ReportContent(title, description, manifest, summary, baseline, comparison, sweep, charts, scorecard);
    }
}

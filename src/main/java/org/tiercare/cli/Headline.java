package org.tiercare.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tiercare.experiment.Study;
import org.tiercare.experiment.Variant;
import org.tiercare.metric.Kind;
import org.tiercare.metric.Metric;
import org.tiercare.report.MetricFormat;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.Scenario;
import org.tiercare.text.Messages;

/**
 * The short table of headline indicators ({@link Metric#headlines()}) printed at the end of a run, in
 * the process's language. Columns are padded by display width, so Chinese labels line up too.
 */
final class Headline {
    private Headline() {}

    static void print(PrintWriter out, Scenario s, Study.Result r) {
        Messages m = Messages.of("cli");
        Locale locale = m.locale();
        double eventsPerSecond = r.events() / r.wallSeconds() / 1e6;
        out.println();
        out.println(r.partial()
                ? m.get("headline.run.partial", s.name(), r.completed(), r.requested(), r.wallSeconds(), eventsPerSecond)
                : m.get("headline.run", s.name(), r.completed(), r.wallSeconds(), eventsPerSecond));

        List<String[]> rows = new ArrayList<>();
        boolean truncated = false;
        for (Metric metric : Metric.headlines()) {
            Optional<SummaryRow> x = network(r.summary(), null, metric);
            if (x.isEmpty() || Double.isNaN(x.get().mean())) continue;
            SummaryRow y = x.get();
            String note = y.replications() == r.completed() ? "" : m.get("headline.rowReplications", y.replications());
            boolean cut = MetricFormat.lowTruncated(metric.csvName(), y.ci95Low());
            truncated |= cut;
            rows.add(new String[] {label(metric, m), fmt(metric, y.mean()),
                    "[" + (cut ? "0" + MetricFormat.TRUNCATED : fmt(metric, y.ci95Low())) + ", " + fmt(metric, y.ci95High()) + "]", note});
        }
        String[] head = {m.get("headline.indicator"), m.get("headline.mean"), m.get("headline.ci", r.completed()), ""};
        int[] w = new int[3];
        for (String[] row : concat(head, rows)) {
            for (int i = 0; i < 3; i++) w[i] = Math.max(w[i], TextWidth.of(row[i]));
        }
        for (String[] row : concat(head, rows)) {
            String line = TextWidth.padRight(row[0], w[0]) + "  " + TextWidth.padLeft(row[1], w[1]) + "   "
                    + (row[3].isEmpty() ? row[2] : TextWidth.padRight(row[2], w[2]) + "  " + row[3]);
            out.println(line.stripTrailing());
        }
        if (truncated) out.println(m.get("headline.truncated"));
        out.println();
        printScorecard(out, r);
        printWarnings(out, r);
        out.println(m.get("headline.results", r.folder()));
        out.flush();
    }

    /** Network headline means side by side per variant, then a one-line verdict per variant. */
    static void printComparison(PrintWriter out, List<Variant> variants, Study.Result r) {
        Messages m = Messages.of("cli");
        out.println();
        out.println(r.partial()
                ? m.get("compare.run.partial", variants.size(), r.completed(), r.requested(), r.wallSeconds())
                : m.get("compare.run", variants.size(), r.completed(), r.wallSeconds()));

        // A variant's column is as wide as its id (cut beyond 24 columns) or its widest value.
        final int longestId = 24;
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[variants.size() + 1];
        head[0] = m.get("compare.indicator");
        for (int i = 0; i < variants.size(); i++) head[i + 1] = TextWidth.abbreviate(variants.get(i).id(), longestId);
        for (Metric metric : Metric.headlines()) {
            String[] line = new String[variants.size() + 1];
            line[0] = label(metric, m);
            boolean any = false;
            for (int i = 0; i < variants.size(); i++) {
                var x = network(r.summary(), variants.get(i).id(), metric);
                any |= x.isPresent() && !Double.isNaN(x.get().mean());
                line[i + 1] = x.map(y -> fmt(metric, y.mean())).orElse("-");
            }
            if (any) rows.add(line);
        }
        // The replications each variant's means rest on (fewer than asked for after Ctrl-C).
        String[] n = new String[variants.size() + 1];
        n[0] = m.get("compare.replications");
        for (int i = 0; i < variants.size(); i++) {
            String id = variants.get(i).id();
            n[i + 1] = String.valueOf(r.summary().stream().filter(y -> y.variant().equals(id) && y.scope().equals("network"))
                    .mapToInt(SummaryRow::replications).max().orElse(0));
        }
        rows.add(n);
        int[] w = new int[head.length];
        for (String[] row : concat(head, rows)) {
            for (int i = 0; i < row.length; i++) w[i] = Math.max(w[i], TextWidth.of(row[i]));
        }
        for (String[] row : concat(head, rows)) {
            StringBuilder line = new StringBuilder(TextWidth.padRight(row[0], w[0]));
            for (int i = 1; i < row.length; i++) line.append("  ").append(TextWidth.padLeft(row[i], w[i]));
            out.println(line);
        }
        out.println();
        for (var v : variants.subList(1, variants.size())) {
            var rows2 = r.comparison().stream().filter(c -> c.variant().equals(v.id())).toList();
            if (!rows2.isEmpty()) out.println(org.tiercare.report.Verdicts.line(v.id(), rows2));
        }
        out.println();
        printScorecard(out, r);
        printWarnings(out, r);
        out.println(m.get("headline.results", r.folder()));
        out.flush();
    }

    /** The label a reader sees, with the unit values are shown in: the registry's display unit for times, % for shares. */
    static String label(Metric metric, Messages m) {
        String name = metric.label(m.locale());
        return switch (metric.kind()) {
            case TIME -> m.get("headline.labelWithUnit", name, metric.displayUnit().symbol(m.locale()));
            case SHARE -> m.get("headline.labelWithUnit", name, "%");
            default -> name;
        };
    }

    /** Items joined the way the language lists them ("a, b" or "a、b"). */
    static String list(List<String> items) { return String.join(Messages.of("cli").get("list.separator"), items); }

    /** The network-scope row of a metric: of a variant, or (variant null) the first one. */
    private static Optional<SummaryRow> network(List<SummaryRow> rows, String variant, Metric metric) {
        return rows.stream().filter(x -> (variant == null || x.variant().equals(variant)) && x.scope().equals("network")
                && x.metric().equals(metric.csvName())).findFirst();
    }

    private static List<String[]> concat(String[] head, List<String[]> rows) {
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(head);
        all.addAll(rows);
        return all;
    }

    /** A value as shown: shares as percentages, times in the registry's display unit (hours or days). */
    static String fmt(Metric metric, double raw) {
        if (Double.isNaN(raw)) return "-";
        double v = metric.toDisplayUnit(raw);
        if (metric.kind() == Kind.SHARE) return String.format(Locale.ROOT, "%.2f", v * 100);
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** One line per variant saying which rules and targets it meets (scorecard.csv and the report have the detail). */
    static void printScorecard(PrintWriter out, Study.Result r) {
        if (r.scorecard().isEmpty()) return;
        r.scorecard().stream().map(org.tiercare.report.ScorecardRow::variant).distinct()
                .forEach(v -> out.println(org.tiercare.report.ScorecardText.summary(v, r.scorecard(), Messages.current())));
        out.println();
    }

    /** The run's warnings (also in manifest.json and the report), in the chosen language, before the folder line. */
    static void printWarnings(PrintWriter out, Study.Result r) {
        if (r.warnings().isEmpty()) return;
        java.util.Locale l = Messages.current();
        out.println(Messages.of("warnings").get("heading", r.warnings().size()));
        for (var w : r.warnings()) out.println("  ! " + w.message(l));
        out.println();
    }
}

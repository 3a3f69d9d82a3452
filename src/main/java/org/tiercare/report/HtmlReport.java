package org.tiercare.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.metric.Better;

/**
 * {@code report.html}: one self-contained page a decision-maker opens in a browser, on a laptop or a phone.
 * Charts are embedded as base64 PNG; no scripts, no fonts or styles fetched from anywhere. Every piece of
 * text from the scenario or the results is escaped.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static final String FILE_NAME = "report.html";

    /** Chinese titles of the standard charts (the charts themselves are labelled in English). */
    private static final Map<String, String> CHART_ZH = Map.of(
            "wait_by_tier", "各级医疗机构平均等待时间",
            "wait_by_source", "转诊患者与自行就诊患者的等待时间",
            "load_by_facility", "各机构负荷：门诊医师利用率与病床使用率",
            "timeseries", "候诊人数与占用床位随时间的变化",
            "map", "网格化布局图");

    /** Writes {@code report.html} into {@code folder}; returns the file. */
    public static Path write(Path folder, ReportContent content) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(content), StandardCharsets.UTF_8);
        return file;
    }

    /** The page as a string. */
    public static String render(ReportContent c) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append(" · tiercare</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(h, c);
        glance(h, c);
        headline(h, c);
        if (!c.comparison().isEmpty()) comparison(h, c);
        if (c.sweep() != null) sweep(h, c);
        charts(h, c);
        manifest(h, c.manifest());
        h.append("<footer>tiercare ").append(esc(c.manifest() == null ? Manifest.toolVersion() : c.manifest().version()))
                .append(" · 95 % Student-t confidence intervals over independent replications; variants share random numbers, ")
                .append("so differences carry their own, narrower intervals. · 置信区间为各独立重复运行的95 % t 区间。</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------------------------------------ sections

    private static void header(StringBuilder h, ReportContent c) {
        Manifest m = c.manifest();
        h.append("<header>\n<p class=\"kicker\">分级诊疗网络仿真报告 · tiered-care network simulation report</p>\n<h1>")
                .append(esc(c.title())).append("</h1>\n");
        if (m != null) {
            h.append("<p class=\"meta\">").append(esc(String.format(Locale.ROOT,
                    "seed %d · %d replications · tiercare %s · wall time %s · %s", m.seed(), m.replicationsCompleted(),
                    m.version(), duration(m.wallTimeS()), m.startedAt()))).append("</p>\n");
            if (m.partial()) {
                h.append("<p class=\"warning\"><strong>部分结果 · Partial results:</strong> ")
                        .append(esc(String.format(Locale.ROOT, "the run was interrupted; %d of %d replications finished. "
                                + "Intervals are wider than planned.", m.replicationsCompleted(), m.replicationsRequested())))
                        .append("</p>\n");
            }
        }
        h.append("</header>\n");
        if (c.description() != null && !c.description().isBlank()) {
            h.append("<section>\n<h2>情景说明 <span class=\"en\">Scenario</span></h2>\n");
            for (String para : c.description().strip().split("\\R\\s*\\R")) {
                h.append("<p>").append(esc(para.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
            }
            h.append("</section>\n");
        }
    }

    /** One line per variant against the baseline and, for a sweep, the winning lever value per judged indicator. */
    private static void glance(StringBuilder h, ReportContent c) {
        List<String> items = new ArrayList<>();
        if (!c.comparison().isEmpty()) {
            for (String v : comparedVariants(c)) items.add(esc(Verdicts.line(v, c.comparison())));
        }
        if (c.sweep() != null) items.addAll(sweepWinners(c));
        if (items.isEmpty()) return;
        h.append("<section>\n<h2>要点 <span class=\"en\">At a glance</span></h2>\n");
        if (!c.comparison().isEmpty()) {
            h.append("<p class=\"note\">Each variant against the baseline <strong>").append(esc(baseline(c)))
                    .append("</strong> (与基线比较), paired differences over common random numbers:</p>\n");
        }
        h.append("<ul class=\"glance\">\n");
        for (String i : items) h.append("<li>").append(i).append("</li>\n");
        h.append("</ul>\n</section>\n");
    }

    private static List<String> sweepWinners(ReportContent c) {
        List<String> out = new ArrayList<>();
        Sweep s = c.sweep();
        for (String metric : Verdicts.NOUNS.keySet()) {
            Better better = MetricFormat.better(metric);
            if (better == Better.NEITHER) continue;
            SummaryRow best = null;
            for (SweepPoint p : s.points()) {
                SummaryRow r = network(c.summary(), p.variant(), metric);
                if (r == null || !Double.isFinite(r.mean())) continue;
                if (best == null || (better == Better.LOWER ? r.mean() < best.mean() : r.mean() > best.mean())) best = r;
            }
            if (best == null) continue;
            SweepPoint bp = point(s, best.variant());
            out.add("<strong>" + esc(better == Better.LOWER ? "lowest" : "highest") + " " + esc(Verdicts.NOUNS.get(metric))
                    + "</strong> (" + esc(MetricFormat.label(metric, java.util.Locale.SIMPLIFIED_CHINESE)) + "): " + esc(s.lever()) + " = " + esc(fmtLever(bp.leverValue()))
                    + (bp.series().isEmpty() ? "" : " (" + esc(bp.series()) + ")") + ", " + esc(MetricFormat.format(metric, best.mean()))
                    + " <span class=\"ci\">95 % CI " + esc(interval(metric, best.ci95Low(), best.ci95High())) + "</span>");
        }
        return out;
    }

    private static void headline(StringBuilder h, ReportContent c) {
        List<String> variants = networkVariants(c.summary());
        List<String> metrics = networkMetrics(c.summary());
        if (variants.isEmpty() || metrics.isEmpty()) return;
        h.append("<section>\n<h2>主要指标 <span class=\"en\">Headline indicators</span></h2>\n")
                .append("<p class=\"note\">Network-wide means with 95 % confidence intervals (全网均值及95 %置信区间).");
        if (variants.size() > 1) h.append(" ★ marks the best mean among the variants; whether a difference is real is in the comparison below.");
        h.append("</p>\n<div class=\"table-wrap\">\n<table class=\"headline\">\n<thead><tr><th scope=\"col\">指标 <span class=\"en\">indicator</span></th>");
        for (String v : variants) {
            h.append("<th scope=\"col\" class=\"num\">").append(esc(v));
            if (c.sweep() != null && point(c.sweep(), v) != null) {
                h.append("<span class=\"en\">").append(esc(shortLever(c.sweep().lever()))).append(" = ")
                        .append(esc(fmtLever(point(c.sweep(), v).leverValue()))).append("</span>");
            }
            if (v.equals(c.baseline())) h.append("<span class=\"en\">baseline 基线</span>");
            h.append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String metric : metrics) {
            String best = variants.size() > 1 ? bestVariant(c.summary(), variants, metric) : null;
            h.append("<tr>").append(metricHeader(metric));
            for (String v : variants) {
                SummaryRow r = network(c.summary(), v, metric);
                h.append("<td class=\"num\">");
                if (r == null) h.append("–");
                else {
                    if (v.equals(best)) h.append("<span class=\"best\" title=\"best mean\">★</span> ");
                    h.append(esc(MetricFormat.format(metric, r.mean())));
                    if (Double.isFinite(r.ci95Low())) {
                        h.append("<span class=\"ci\">").append(esc(interval(metric, r.ci95Low(), r.ci95High()))).append("</span>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void comparison(StringBuilder h, ReportContent c) {
        h.append("<section>\n<h2>与基线比较 <span class=\"en\">Differences against the baseline ")
                .append(esc(baseline(c))).append("</span></h2>\n")
                .append("<p class=\"note\">Difference = variant − baseline, averaged over paired replications, with its 95 % "
                        + "confidence interval. <span class=\"badge better\">better 更优</span> and <span class=\"badge worse\">worse 更差</span> "
                        + "mean the interval excludes 0; utilisation, occupancy and volumes are reported, not judged "
                        + "(<span class=\"badge changed\">changed 有变化</span>), because higher load is efficiency to one planner "
                        + "and overload to another, and its cost already shows in the waits.</p>\n");
        for (String v : comparedVariants(c)) {
            List<ComparisonRow> rows = Comparison.networkRows(c.comparison(), v);
            if (rows.isEmpty()) continue;
            h.append("<h3>").append(esc(v)).append(" <span class=\"en\">vs ").append(esc(baseline(c))).append("</span></h3>\n")
                    .append("<p class=\"verdict\">").append(esc(Verdicts.line(v, c.comparison()))).append("</p>\n")
                    .append("<div class=\"table-wrap\">\n<table class=\"compare\">\n<thead><tr><th scope=\"col\">指标 <span class=\"en\">indicator</span></th>")
                    .append("<th scope=\"col\" class=\"num\">差值 <span class=\"en\">difference</span></th>")
                    .append("<th scope=\"col\">判断 <span class=\"en\">verdict</span></th><th scope=\"col\" class=\"num\">95 % CI</th>")
                    .append("<th scope=\"col\" class=\"num\">n</th></tr></thead>\n<tbody>\n");
            for (ComparisonRow r : rows) {
                h.append("<tr>").append(metricHeader(r.metric()))
                        .append("<td class=\"num\">").append(esc(MetricFormat.formatDiff(r.metric(), r.diffMean()))).append("</td>")
                        .append("<td>").append(badge(Comparison.verdict(r))).append("</td>")
                        .append("<td class=\"num\">").append(esc(interval(r.metric(), r.diffLow(), r.diffHigh()))).append("</td>")
                        .append("<td class=\"num\">").append(r.replications()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
        }
        h.append("</section>\n");
    }

    private static void sweep(StringBuilder h, ReportContent c) {
        Sweep s = c.sweep();
        List<String> metrics = new ArrayList<>();
        for (String m : MetricFormat.SWEEP_CHARTED) {
            for (SweepPoint p : s.points()) {
                if (network(c.summary(), p.variant(), m) != null) {
                    metrics.add(m);
                    break;
                }
            }
        }
        boolean series = s.points().stream().anyMatch(p -> !p.series().isEmpty());
        h.append("<section>\n<h2>参数扫描 <span class=\"en\">Sweep of ").append(esc(s.lever())).append("</span></h2>\n")
                .append("<p class=\"note\">Network-wide means with 95 % confidence intervals at each value of the lever. ")
                .append("★ marks the best value of each indicator that has a better direction.</p>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"sweep\">\n<thead><tr><th scope=\"col\">").append(esc(s.lever())).append("</th>");
        if (series) h.append("<th scope=\"col\">other levers</th>");
        for (String m : metrics) {
            h.append("<th scope=\"col\" class=\"num\">").append(esc(MetricFormat.label(m, java.util.Locale.SIMPLIFIED_CHINESE))).append("<span class=\"en\">")
                    .append(esc(MetricFormat.labelWithUnit(m, java.util.Locale.ENGLISH))).append("</span></th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        Map<String, String> best = new HashMap<>();
        List<String> sweepVariants = s.points().stream().map(SweepPoint::variant).toList();
        for (String m : metrics) best.put(m, bestVariant(c.summary(), sweepVariants, m));
        List<SweepPoint> pts = new ArrayList<>(s.points());
        pts.sort(java.util.Comparator.comparing(SweepPoint::series).thenComparingDouble(SweepPoint::leverValue));
        for (SweepPoint p : pts) {
            h.append("<tr><th scope=\"row\" class=\"num\">").append(esc(fmtLever(p.leverValue()))).append("</th>");
            if (series) h.append("<td>").append(esc(p.series())).append("</td>");
            for (String m : metrics) {
                SummaryRow r = network(c.summary(), p.variant(), m);
                h.append("<td class=\"num\">");
                if (r == null) h.append("–");
                else {
                    if (p.variant().equals(best.get(m))) h.append("<span class=\"best\" title=\"best value\">★</span> ");
                    h.append(esc(MetricFormat.format(m, r.mean())));
                    if (Double.isFinite(r.ci95Low())) h.append("<span class=\"ci\">").append(esc(interval(m, r.ci95Low(), r.ci95High()))).append("</span>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void charts(StringBuilder h, ReportContent c) {
        if (c.charts().isEmpty()) return;
        h.append("<section>\n<h2>图表 <span class=\"en\">Charts</span></h2>\n");
        for (ChartImage img : c.charts()) {
            String zh = chineseTitle(img);
            h.append("<figure id=\"").append(esc(img.name())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(base64(img.png())).append("\" alt=\"").append(esc(img.title())).append("\">\n<figcaption>");
            if (!zh.isEmpty()) h.append("<strong>").append(esc(zh)).append("</strong> · ");
            h.append(esc(img.caption())).append(" <span class=\"file\">(").append(esc(img.name())).append(".png / .svg)</span></figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void manifest(StringBuilder h, Manifest m) {
        if (m == null) return;
        h.append("<section>\n<h2>运行信息 <span class=\"en\">Run manifest (to reproduce this run)</span></h2>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"manifest\">\n<tbody>\n");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("scenario", m.scenarioName());
        rows.put("scenario file", m.scenarioFile());
        rows.put("scenario SHA-256", m.scenarioSha256());
        rows.put("overrides", m.overrides() == null || m.overrides().isEmpty() ? "none" : String.join("; ", m.overrides()));
        rows.put("seed", Long.toString(m.seed()));
        rows.put("replications", m.replicationsCompleted() + " of " + m.replicationsRequested() + " requested");
        rows.put("partial (interrupted)", m.partial() ? "yes — 部分结果" : "no");
        rows.put("variants", m.variants() == null ? "" : String.join(", ", m.variants()));
        rows.put("threads", Integer.toString(m.threads()));
        rows.put("tiercare version", m.version());
        rows.put("Java", m.javaVersion());
        rows.put("started", m.startedAt());
        rows.put("wall time", duration(m.wallTimeS()));
        rows.put("command line", m.commandLine());
        rows.forEach((k, v) -> h.append("<tr><th scope=\"row\">").append(esc(k)).append("</th><td><code>")
                .append(esc(v == null ? "" : v)).append("</code></td></tr>\n"));
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String metricHeader(String metric) {
        return "<th scope=\"row\" class=\"metric\">" + esc(MetricFormat.label(metric, java.util.Locale.SIMPLIFIED_CHINESE)) + "<span class=\"en\">"
                + esc(MetricFormat.labelWithUnit(metric, java.util.Locale.ENGLISH)) + "</span><span class=\"code\">" + esc(metric) + "</span></th>";
    }

    private static String badge(Verdict v) {
        return switch (v) {
            case BETTER -> "<span class=\"badge better\">better 更优</span>";
            case WORSE -> "<span class=\"badge worse\">worse 更差</span>";
            case CHANGED -> "<span class=\"badge changed\">changed 有变化</span>";
            case NO_SIGNIFICANT_DIFFERENCE -> "<span class=\"badge same\">no significant difference 无显著差异</span>";
        };
    }

    private static String interval(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) return "–";
        return MetricFormat.formatNumber(metric, low, false) + " to " + MetricFormat.formatNumber(metric, high, false);
    }

    private static String baseline(ReportContent c) {
        if (c.baseline() != null) return c.baseline();
        return c.comparison().isEmpty() ? "" : c.comparison().get(0).baseline();
    }

    private static List<String> comparedVariants(ReportContent c) {
        Set<String> v = new LinkedHashSet<>();
        for (ComparisonRow r : c.comparison()) v.add(r.variant());
        return new ArrayList<>(v);
    }

    private static List<String> networkVariants(List<SummaryRow> summary) {
        Set<String> v = new LinkedHashSet<>();
        for (SummaryRow r : summary) if (r.scope().equals("network")) v.add(r.variant());
        return new ArrayList<>(v);
    }

    /** Headline metrics in their order, then any other network metric the model reports. */
    private static List<String> networkMetrics(List<SummaryRow> summary) {
        Set<String> present = new LinkedHashSet<>();
        for (SummaryRow r : summary) if (r.scope().equals("network")) present.add(r.metric());
        List<String> out = new ArrayList<>();
        for (String m : MetricFormat.HEADLINE) if (present.contains(m)) out.add(m);
        for (String m : present) if (!out.contains(m)) out.add(m);
        return out;
    }

    private static SummaryRow network(List<SummaryRow> summary, String variant, String metric) {
        for (SummaryRow r : summary) {
            if (r.scope().equals("network") && r.variant().equals(variant) && r.metric().equals(metric)) return r;
        }
        return null;
    }

    /** The variant with the best mean on a judged metric; null for metrics that are not judged or on a tie. */
    private static String bestVariant(List<SummaryRow> summary, List<String> variants, String metric) {
        Better better = MetricFormat.better(metric);
        if (better == Better.NEITHER) return null;
        String best = null;
        double bestValue = Double.NaN;
        boolean tie = false;
        for (String v : variants) {
            SummaryRow r = network(summary, v, metric);
            if (r == null || !Double.isFinite(r.mean())) continue;
            double m = r.mean();
            if (best == null || (better == Better.LOWER ? m < bestValue : m > bestValue)) {
                best = v;
                bestValue = m;
                tie = false;
            } else if (m == bestValue) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static SweepPoint point(Sweep s, String variant) {
        for (SweepPoint p : s.points()) if (p.variant().equals(variant)) return p;
        return null;
    }

    private static String chineseTitle(ChartImage img) {
        String zh = CHART_ZH.get(img.name());
        if (zh != null) return zh;
        if (img.name().startsWith("sweep_")) {
            String zhMetric = MetricFormat.label(img.name().substring("sweep_".length()), java.util.Locale.SIMPLIFIED_CHINESE);
            return zhMetric.isEmpty() ? "" : zhMetric + "随参数的变化";
        }
        return "";
    }

    /** The last part of a scenario path: {@code policy.reserved_slot_share} → {@code reserved_slot_share}. */
    static String shortLever(String lever) {
        int dot = lever.lastIndexOf('.');
        return dot >= 0 && dot < lever.length() - 1 ? lever.substring(dot + 1) : lever;
    }

    static String fmtLever(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String duration(double seconds) {
        if (!Double.isFinite(seconds)) return "–";
        if (seconds < 120) return String.format(Locale.ROOT, "%.1f s", seconds);
        if (seconds < 7200) return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed chart " + png, e);
        }
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f4f5f7; color: #1b1f24; line-height: 1.5;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC",
                "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 20px 20px 40px; }
            header { border-bottom: 3px solid #0072b2; margin-bottom: 16px; }
            h1 { font-size: 1.75rem; margin: 0 0 6px; line-height: 1.25; overflow-wrap: anywhere; }
            h2 { font-size: 1.3rem; margin: 28px 0 8px; border-left: 5px solid #0072b2; padding-left: 10px; }
            h3 { font-size: 1.08rem; margin: 20px 0 4px; }
            .en { color: #57606a; font-weight: normal; }
            h2 .en, h3 .en { font-size: .85em; }
            .kicker { color: #0072b2; font-weight: 600; margin: 0; font-size: .9rem; }
            .meta { color: #57606a; font-size: .9rem; margin: 0 0 10px; overflow-wrap: anywhere; }
            .note { color: #444c56; font-size: .92rem; }
            .warning { background: #fff4d6; border: 1px solid #d9a520; border-radius: 6px; padding: 10px 12px; }
            ul.glance { background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 12px 14px 12px 32px; }
            ul.glance li { margin: 4px 0; }
            .verdict { background: #fff; border-left: 4px solid #009e73; padding: 8px 12px; margin: 6px 0 10px; }
            .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; background: #fff;
              border: 1px solid #d8dee4; border-radius: 8px; margin: 8px 0 16px; }
            table { border-collapse: collapse; width: 100%; font-size: .92rem; }
            th, td { padding: 7px 10px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
            thead th { background: #eef3f8; font-weight: 600; }
            thead th .en, th.metric .en { display: block; font-size: .8rem; }
            thead th.num { white-space: normal; min-width: 7.5em; }
            tbody tr:last-child th, tbody tr:last-child td { border-bottom: none; }
            th.metric { font-weight: 600; min-width: 11em; }
            th.metric .code { display: block; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .72rem;
              color: #8c959f; font-weight: normal; }
            table.headline th:first-child, table.compare th:first-child, table.sweep th:first-child {
              position: sticky; left: 0; background: #fff; z-index: 1; box-shadow: inset -1px 0 0 #eaeef2, inset 0 -1px 0 #eaeef2; }
            table.headline thead th:first-child, table.compare thead th:first-child, table.sweep thead th:first-child {
              background: #eef3f8; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .ci { display: block; color: #6e7781; font-size: .78rem; white-space: nowrap; }
            ul.glance .ci { display: inline; }
            .best { color: #b07800; }
            .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: .8rem; white-space: nowrap; }
            .badge.better { background: #dff3e6; color: #0b6b2f; }
            .badge.worse { background: #fde4e1; color: #a1261b; }
            .badge.changed { background: #e3edfa; color: #1f4f8a; }
            .badge.same { background: #eceff1; color: #57606a; }
            table.manifest th { width: 14em; font-weight: 600; }
            table.manifest code { font-size: .85rem; overflow-wrap: anywhere; white-space: pre-wrap; }
            figure { margin: 0 0 22px; background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 10px; }
            img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
            figcaption { font-size: .9rem; color: #444c56; margin-top: 8px; }
            figcaption .file { color: #8c959f; font-size: .8rem; }
            footer { margin-top: 32px; font-size: .8rem; color: #6e7781; border-top: 1px solid #d8dee4; padding-top: 10px; }
            @media (max-width: 640px) {
              main { padding: 12px 10px 28px; }
              h1 { font-size: 1.35rem; }
              h2 { font-size: 1.12rem; }
              table { font-size: .85rem; }
              th, td { padding: 6px 7px; }
              th.metric { min-width: 8em; max-width: 11em; }
              th.metric .code { display: none; }
              td .badge { white-space: normal; word-break: keep-all; }
              figure { padding: 4px; }
            }
            @media print { body { background: #fff; } .table-wrap { overflow: visible; } }
            """;
}

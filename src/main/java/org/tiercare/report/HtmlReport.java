package org.tiercare.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiercare.metric.Better;
import org.tiercare.metric.Metric;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.text.Messages;

/**
 * {@code report.html}: one self-contained page a decision-maker opens in a browser, on a laptop or a phone.
 * Charts are embedded as base64 PNG; no scripts, no fonts or styles fetched from anywhere. The page carries its
 * own Chinese font: the glyphs of the Chinese characters it uses, cut from the bundled font ({@link BundledFont},
 * {@link FontSubset}), so it reads the same on a machine without Chinese fonts. Every piece of
 * text from the scenario or the results is escaped. Every sentence comes from the {@code report} message
 * bundle, metric names from the metric registry. By default ({@link Messages#BILINGUAL}) the page holds the
 * report in Chinese and in English, Chinese shown first, with a switch at the top; in one language
 * ({@code --lang}), section headings carry the other language as a small second label for mixed teams.
 */
public final class HtmlReport {
    public static final String FILE_NAME = "report.html";

    private final StringBuilder h = new StringBuilder(64 * 1024);
    private final ReportContent c;
    private final Locale locale;
    private final Messages m;
    /** The other language, for the small second label under headings; null when both languages are on the page. */
    private final Messages alt;
    /** The Chinese and the English page of a bilingual report ({@link Messages#BILINGUAL}), else null. */
    private final HtmlReport zh, en;

    private HtmlReport(ReportContent c, Locale locale, boolean paired) {
        this.c = c;
        boolean both = Messages.isBilingual(locale);
        this.locale = both ? Locale.SIMPLIFIED_CHINESE : locale;
        this.m = Messages.of("report", this.locale);
        this.alt = both || paired ? null : Messages.of("report", Metric.isChinese(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        this.zh = both ? new HtmlReport(c, Locale.SIMPLIFIED_CHINESE, true) : null;
        this.en = both ? new HtmlReport(c, Locale.ENGLISH, true) : null;
    }

    /** Writes {@code report.html} into {@code folder} in the process's language; returns the file. */
    public static Path write(Path folder, ReportContent content) throws IOException {
        return write(folder, content, Messages.documents());
    }

    /** Writes {@code report.html} into {@code folder} in {@code locale}; returns the file. */
    public static Path write(Path folder, ReportContent content, Locale locale) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(content, locale), StandardCharsets.UTF_8);
        return file;
    }

    /** The page in the process's language. */
    public static String render(ReportContent c) { return render(c, Messages.documents()); }

    /** The page in {@code locale}; {@link Messages#BILINGUAL}: both languages, Chinese shown first. */
    public static String render(ReportContent c, Locale locale) { return new HtmlReport(c, locale, false).page(); }

    private String page() {
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.get("html.lang"))).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append(" · tiercare</title>\n<style>\n");
        int fontFaceAt = h.length();
        h.append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        if (zh == null) {
            sections();
            charts();
            ending();
        } else {
            // Both languages in one page, one shown at a time: a reader switches without scripts (radio buttons
            // and CSS), the charts (drawn in both languages) are embedded once, and find-in-page finds either.
            h.append("<input type=\"radio\" name=\"lang\" id=\"lang-zh\" class=\"lang-pick\" checked>")
                    .append("<input type=\"radio\" name=\"lang\" id=\"lang-en\" class=\"lang-pick\">\n")
                    .append("<nav class=\"langs\"><label for=\"lang-zh\" lang=\"zh-CN\">").append(zh.text("html.language"))
                    .append("</label><label for=\"lang-en\" lang=\"en\">").append(en.text("html.language")).append("</label></nav>\n");
            inEach(HtmlReport::sections);
            sharedCharts();
            inEach(HtmlReport::ending);
        }
        h.append("</main>\n</body>\n</html>\n");
        String fontFace = fontFace(h);
        if (!fontFace.isEmpty()) h.insert(fontFaceAt, fontFace);
        return h.toString();
    }

    private void sections() {
        header();
        scorecard();
        glance();
        headline();
        groups();
        if (!c.comparison().isEmpty()) comparison();
        if (c.sweep() != null) sweep();
    }

    private void ending() {
        manifest();
        h.append("<footer>").append(text("footer", c.manifest() == null ? Manifest.toolVersion() : c.manifest().version()))
                .append("</footer>\n");
    }

    /** A part of the page written by the Chinese and by the English page, each in a block of its language. */
    private void inEach(java.util.function.Consumer<HtmlReport> part) {
        for (HtmlReport r : List.of(zh, en)) {
            r.h.setLength(0);
            part.accept(r);
            h.append("<div class=\"in-").append(r.m.get("html.lang").startsWith("zh") ? "zh" : "en").append("\" lang=\"")
                    .append(esc(r.m.get("html.lang"))).append("\">\n").append(r.h).append("</div>\n");
        }
    }

    /** The characters the embedded font serves, in CSS: CJK punctuation and ideographs, full-width forms. */
    static final String EMBEDDED_RANGE = "U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF";

    /** Whether {@link #EMBEDDED_RANGE} covers {@code cp}. */
    static boolean inEmbeddedRange(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * An {@code @font-face} rule carrying the bundled font's glyphs of the Chinese characters on {@code page}, or
     * nothing when the page has none (or the font failed to load). Its {@code unicode-range} leaves Latin text to
     * the reader's system font, so numbers keep their tabular figures; the font is first in every font stack, so
     * Chinese looks the same on every machine. Characters the bundled font lacks (rare ones in a scenario's
     * names) fall through to the system's fonts. Declared as weight 400 only, so that browsers embolden it for
     * headings rather than take it for a bold face.
     */
    static String fontFace(CharSequence page) {
        byte[] font = BundledFont.bytes();
        if (font == null) return "";
        java.util.SortedSet<Integer> chars = FontSubset.codePoints(page, HtmlReport::inEmbeddedRange);
        if (chars.isEmpty()) return "";
        return "@font-face { font-family: \"" + BundledFont.FAMILY + "\"; font-style: normal; font-weight: 400;\n"
                + "  unicode-range: " + EMBEDDED_RANGE + ";\n"
                + "  src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(FontSubset.of(font, chars))
                + ") format(\"truetype\"); }\n";
    }

    // ------------------------------------------------------------------------------------------------ sections

    private void header() {
        Manifest mf = c.manifest();
        h.append("<header>\n<p class=\"kicker\">").append(withAlt("report.kicker")).append("</p>\n<h1>")
                .append(esc(c.title())).append("</h1>\n");
        if (mf != null) {
            // Replications per variant: each arm's intervals rest on that many, not on the total.
            int arms = mf.variants() == null ? 1 : Math.max(1, mf.variants().size());
            h.append("<p class=\"meta\">").append(text("report.meta", Long.toString(mf.seed()),
                    Integer.toString(mf.replicationsCompleted() / arms), mf.version(), duration(mf.wallTimeS()), mf.startedAt()))
                    .append("</p>\n");
            if (mf.partial()) {
                h.append("<p class=\"warning\">").append(text("report.partial.text",
                        new Html("<strong>" + text("report.partial.title") + "</strong>"),
                        Integer.toString(mf.replicationsCompleted()), Integer.toString(mf.replicationsRequested()))).append("</p>\n");
            }
            if (mf.warnings() != null && !mf.warnings().isEmpty()) {
                h.append("<div class=\"warning\" role=\"alert\">\n<p><strong>")
                        .append(esc(Messages.of("warnings", locale).get("heading", mf.warnings().size()))).append("</strong></p>\n<ul>\n");
                for (RunWarning w : mf.warnings()) {
                    h.append("<li data-code=\"").append(esc(w.code())).append("\">").append(esc(w.message(locale))).append("</li>\n");
                }
                h.append("</ul>\n</div>\n");
            }
        }
        h.append("</header>\n");
        if (c.description() != null && !c.description().isBlank()) {
            h.append("<section>\n<h2>").append(withAlt("section.scenario")).append("</h2>\n");
            for (String para : c.description().strip().split("\\R\\s*\\R")) {
                h.append("<p>").append(esc(para.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
            }
            h.append("</section>\n");
        }
    }

    /** Per variant: a summary line and a table of every rule and target checked, traffic-light coloured. */
    private void scorecard() {
        List<ScorecardRow> rows = c.scorecard();
        if (rows.isEmpty()) return;
        h.append("<section class=\"scorecard\">\n<h2>").append(withAlt("section.scorecard")).append("</h2>\n<p class=\"note\">")
                .append(text("scorecard.note")).append("</p>\n");
        List<String> variants = rows.stream().map(ScorecardRow::variant).distinct().toList();
        for (String v : variants) {
            if (variants.size() > 1) h.append("<h3>").append(text("scorecard.variant", v)).append("</h3>\n");
            h.append("<p class=\"verdict\">").append(esc(ScorecardText.summary(v, rows, locale))).append("</p>\n")
                    .append("<div class=\"table-wrap\">\n<table class=\"scorecard\">\n<thead><tr><th scope=\"col\">")
                    .append(text("scorecard.rule")).append("</th><th scope=\"col\">").append(text("scorecard.scope"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(text("scorecard.target"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(text("scorecard.found"))
                    .append("</th><th scope=\"col\">").append(text("scorecard.status")).append("</th></tr></thead>\n<tbody>\n");
            for (ScorecardRow r : rows) {
                if (!r.variant().equals(v)) continue;
                h.append("<tr><th scope=\"row\">").append(esc(ScorecardText.name(r, locale)))
                        .append("<span class=\"code\">").append(esc(r.rule())).append(r.source().isEmpty() ? "" : " · " + esc(r.source()))
                        .append("</span></th><td>").append(esc(r.scope().equals("network") ? m.get("scorecard.scope.network") : r.scopeId()))
                        .append("</td><td class=\"num\">").append(esc(ScorecardText.target(r, locale)))
                        .append("</td><td class=\"num\">").append(esc(ScorecardText.found(r, locale)));
                if (r.outcome() && Double.isFinite(r.ci95Low())) {
                    h.append("<span class=\"ci\">").append(valueInterval(r.metric(), r.ci95Low(), r.ci95High())).append("</span>");
                }
                if (Double.isFinite(r.probability())) {
                    h.append("<span class=\"ci\">").append(text("scorecard.probability",
                            String.format(Locale.ROOT, "%.2f", r.probability()))).append("</span>");
                }
                h.append("</td><td><span class=\"badge ").append(switch (r.status()) {
                    case MET -> "better";
                    case NOT_MET -> "worse";
                    case UNCERTAIN -> "uncertain";
                }).append("\">").append(esc(ScorecardText.status(r.status(), locale))).append("</span></td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
            truncationNote();
        }
        h.append("</section>\n");
    }

    /** One line per variant against the baseline and, for a sweep, the winning lever value per judged indicator. */
    private void glance() {
        List<String> items = new ArrayList<>();
        if (!c.comparison().isEmpty()) {
            for (String v : comparedVariants()) items.add(esc(Verdicts.line(v, c.comparison(), locale)));
        }
        if (c.sweep() != null) items.addAll(sweepWinners());
        if (items.isEmpty()) return;
        h.append("<section>\n<h2>").append(withAlt("section.glance")).append("</h2>\n");
        if (!c.comparison().isEmpty()) {
            h.append("<p class=\"note\">").append(text("glance.note", new Html("<strong>" + esc(baseline()) + "</strong>")))
                    .append("</p>\n");
        }
        h.append("<ul class=\"glance\">\n");
        for (String i : items) h.append("<li>").append(i).append("</li>\n");
        h.append("</ul>\n");
        truncationNote();
        h.append("</section>\n");
    }

    private List<String> sweepWinners() {
        List<String> out = new ArrayList<>();
        Sweep s = c.sweep();
        for (String metric : Verdicts.METRICS) {
            Better better = MetricFormat.better(metric);
            if (better == Better.NEITHER) continue;
            SummaryRow best = null;
            for (SweepPoint p : s.points()) {
                SummaryRow r = network(p.variant(), metric);
                if (r == null || !Double.isFinite(r.mean())) continue;
                if (best == null || (better == Better.LOWER ? r.mean() < best.mean() : r.mean() > best.mean())) best = r;
            }
            if (best == null) continue;
            SweepPoint bp = point(best.variant());
            String key = "sweep.best." + Verdicts.kindKey(metric) + (better == Better.LOWER ? ".lower" : ".higher");
            Html what = new Html("<strong>" + text(key, MetricFormat.label(metric, locale)) + "</strong>");
            Html ci = new Html("<span class=\"ci\">" + text("ci", new Html(valueInterval(metric, best.ci95Low(), best.ci95High())))
                    + "</span>");
            String value = MetricFormat.format(metric, best.mean(), locale);
            String lever = LeverNames.name(s.lever(), locale);
            out.add(bp.series().isEmpty()
                    ? text("sweep.winner", what, lever, fmtLever(bp.leverValue()), value, ci)
                    : text("sweep.winnerSeries", what, lever, fmtLever(bp.leverValue()), bp.series(), value, ci));
        }
        return out;
    }

    private void headline() {
        List<String> variants = networkVariants();
        List<String> metrics = networkMetrics();
        if (variants.isEmpty() || metrics.isEmpty()) return;
        h.append("<section>\n<h2>").append(withAlt("section.headline")).append("</h2>\n<p class=\"note\">")
                .append(text(variants.size() > 1 ? "headline.noteVariants" : "headline.note")).append("</p>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"headline\">\n<thead><tr><th scope=\"col\">")
                .append(text("table.indicator")).append("</th>");
        for (String v : variants) {
            h.append("<th scope=\"col\" class=\"num\">").append(esc(v));
            SweepPoint p = c.sweep() == null ? null : point(v);
            if (p != null) {
                h.append("<span class=\"sub\">").append(esc(LeverNames.name(c.sweep().lever(), locale))).append(" = ")
                        .append(esc(fmtLever(p.leverValue()))).append("</span>");
            }
            if (v.equals(c.baseline())) h.append("<span class=\"sub\">").append(text("headline.baseline")).append("</span>");
            h.append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        String bestTitle = text("headline.bestMean");
        for (String metric : metrics) {
            String best = variants.size() > 1 ? bestVariant(variants, metric) : null;
            h.append("<tr>").append(metricHeader(metric));
            for (String v : variants) valueCell(network(v, metric), metric, v.equals(best), bestTitle);
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        truncationNote();
        h.append("</section>\n");
    }

    /**
     * With population groups: the first variant's figures per group (and {@code other}, everyone else) side by side,
     * so planners see whose waits are long. Nothing without groups.
     */
    private void groups() {
        Set<String> ids = new LinkedHashSet<>();
        String variant = null;
        for (SummaryRow r : c.summary()) {
            if (!r.scope().equals("group")) continue;
            if (variant == null) variant = r.variant();
            if (r.variant().equals(variant)) ids.add(r.scopeId());
        }
        if (variant == null) return;
        h.append("<section>\n<h2>").append(withAlt("section.groups")).append("</h2>\n<p class=\"note\">")
                .append(text("groups.note", variant)).append("</p>\n<div class=\"table-wrap\">\n<table class=\"headline\">\n")
                .append("<thead><tr><th scope=\"col\">").append(text("table.indicator")).append("</th>");
        for (String id : ids) h.append("<th scope=\"col\" class=\"num\">").append(esc(id)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (String metric : List.of("needs", "contracted_share", "visits", "primary_visit_share", "wait_consult_mean_h",
                "wait_referral_mean_h", "referrals_up", "admissions", "wait_admission_mean_h", "unserved")) {
            if (groupRow(variant, ids.iterator().next(), metric) == null) continue;
            h.append("<tr>").append(metricHeader(metric));
            for (String id : ids) valueCell(groupRow(variant, id, metric), metric, false, "");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private SummaryRow groupRow(String variant, String id, String metric) {
        for (SummaryRow r : c.summary()) {
            if (r.scope().equals("group") && r.variant().equals(variant) && r.scopeId().equals(id) && r.metric().equals(metric)) return r;
        }
        return null;
    }

    /** A mean with its interval underneath, starred if best. */
    private void valueCell(SummaryRow r, String metric, boolean best, String bestTitle) {
        h.append("<td class=\"num\">");
        if (r == null) h.append("–");
        else {
            if (best) h.append("<span class=\"best\" title=\"").append(bestTitle).append("\">★</span> ");
            h.append(esc(MetricFormat.format(metric, r.mean(), locale)));
            if (Double.isFinite(r.ci95Low())) {
                h.append("<span class=\"ci\">").append(valueInterval(metric, r.ci95Low(), r.ci95High())).append("</span>");
            }
        }
        h.append("</td>");
    }

    private void comparison() {
        h.append("<section>\n<h2>").append(withAlt("section.compare")).append("</h2>\n<p class=\"note\">")
                .append(text("compare.note", new Html(badge(Verdict.BETTER)), new Html(badge(Verdict.WORSE)),
                        new Html(badge(Verdict.CHANGED)))).append("</p>\n");
        for (String v : comparedVariants()) {
            List<ComparisonRow> rows = Comparison.networkRows(c.comparison(), v);
            if (rows.isEmpty()) continue;
            h.append("<h3>").append(text("compare.vs", v, baseline())).append("</h3>\n")
                    .append("<p class=\"verdict\">").append(esc(Verdicts.line(v, c.comparison(), locale))).append("</p>\n")
                    .append("<div class=\"table-wrap\">\n<table class=\"compare\">\n<thead><tr><th scope=\"col\">")
                    .append(text("table.indicator")).append("</th><th scope=\"col\" class=\"num\">").append(text("compare.difference"))
                    .append("</th><th scope=\"col\">").append(text("compare.verdict")).append("</th><th scope=\"col\" class=\"num\">")
                    .append(text("compare.ci")).append("</th><th scope=\"col\" class=\"num\">").append(text("compare.n"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (ComparisonRow r : rows) {
                h.append("<tr>").append(metricHeader(r.metric()))
                        .append("<td class=\"num\">").append(esc(MetricFormat.formatDiff(r.metric(), r.diffMean(), locale))).append("</td>")
                        .append("<td>").append(badge(Comparison.verdict(r))).append("</td>")
                        .append("<td class=\"num\">").append(esc(interval(r.metric(), r.diffLow(), r.diffHigh()))).append("</td>")
                        .append("<td class=\"num\">").append(r.replications()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
        }
        h.append("</section>\n");
    }

    private void sweep() {
        Sweep s = c.sweep();
        List<String> metrics = new ArrayList<>();
        for (String metric : MetricFormat.SWEEP_CHARTED) {
            if (s.points().stream().anyMatch(p -> network(p.variant(), metric) != null)) metrics.add(metric);
        }
        boolean series = s.points().stream().anyMatch(p -> !p.series().isEmpty());
        String lever = LeverNames.name(s.lever(), locale);
        h.append("<section>\n<h2>").append(text("section.sweep", lever)).append("</h2>\n");
        for (String line : OptimumText.lines(s.optimum(), lever, locale)) h.append("<p class=\"verdict\">").append(esc(line)).append("</p>\n");
        h.append("<p class=\"note\">").append(text("sweep.note")).append("</p>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"sweep\">\n<thead><tr><th scope=\"col\">").append(esc(lever));
        if (!lever.equals(s.lever())) h.append("<span class=\"code\">").append(esc(s.lever())).append("</span>");
        h.append("</th>");
        if (series) h.append("<th scope=\"col\">").append(text("sweep.otherLevers")).append("</th>");
        for (String metric : metrics) {
            h.append("<th scope=\"col\" class=\"num\">").append(esc(MetricFormat.labelWithUnit(metric, locale))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        Map<String, String> best = new HashMap<>();
        List<String> sweepVariants = s.points().stream().map(SweepPoint::variant).toList();
        for (String metric : metrics) best.put(metric, bestVariant(sweepVariants, metric));
        List<SweepPoint> pts = new ArrayList<>(s.points());
        pts.sort(Comparator.comparing(SweepPoint::series).thenComparingDouble(SweepPoint::leverValue));
        String bestTitle = text("sweep.bestValue");
        for (SweepPoint p : pts) {
            h.append("<tr><th scope=\"row\" class=\"num\">").append(esc(fmtLever(p.leverValue()))).append("</th>");
            if (series) h.append("<td>").append(esc(p.series())).append("</td>");
            for (String metric : metrics) valueCell(network(p.variant(), metric), metric, p.variant().equals(best.get(metric)), bestTitle);
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        truncationNote();
        h.append("</section>\n");
    }

    private void charts() {
        if (c.charts().isEmpty()) return;
        h.append("<section>\n<h2>").append(withAlt("section.charts")).append("</h2>\n");
        for (ChartImage img : c.charts()) {
            h.append("<figure id=\"").append(esc(img.name())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(base64(img.png())).append("\" alt=\"").append(esc(img.wordsIn(locale).title())).append("\">\n<figcaption>")
                    .append(caption(img)).append(" <span class=\"file\">(").append(esc(img.name()))
                    .append(".png / .svg)</span></figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    /** The charts of a bilingual page, once: headings and captions in both languages, one shown at a time. */
    private void sharedCharts() {
        if (c.charts().isEmpty()) return;
        h.append("<section>\n<h2>").append(bothLanguages(r -> r.text("section.charts"))).append("</h2>\n");
        for (ChartImage img : c.charts()) {
            String alt = ChartText.both(img.wordsIn(Locale.SIMPLIFIED_CHINESE).title(), img.wordsIn(Locale.ENGLISH).title());
            h.append("<figure id=\"").append(esc(img.name())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(base64(img.png())).append("\" alt=\"").append(esc(alt)).append("\">\n<figcaption>")
                    .append(bothLanguages(r -> r.caption(img))).append(" <span class=\"file\">(").append(esc(img.name()))
                    .append(".png / .svg)</span></figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    /** HTML made by the Chinese and by the English page, each in a span of its language. */
    private String bothLanguages(java.util.function.Function<HtmlReport, String> f) {
        return "<span class=\"in-zh\" lang=\"zh-CN\">" + f.apply(zh) + "</span><span class=\"in-en\" lang=\"en\">"
                + f.apply(en) + "</span>";
    }

    private String caption(ChartImage img) {
        ChartImage.Words w = img.wordsIn(locale);
        return text("figure.caption", new Html("<strong>" + esc(w.title()) + "</strong>"), w.caption());
    }

    private void manifest() {
        Manifest mf = c.manifest();
        if (mf == null) return;
        h.append("<section>\n<h2>").append(withAlt("section.manifest")).append("</h2>\n")
                .append("<div class=\"table-wrap\">\n<table class=\"manifest\">\n<tbody>\n");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("manifest.scenario", mf.scenarioName());
        rows.put("manifest.scenarioFile", mf.scenarioFile());
        rows.put("manifest.scenarioSha", mf.scenarioSha256());
        rows.put("manifest.overrides", mf.overrides() == null || mf.overrides().isEmpty() ? m.get("manifest.none") : String.join("; ", mf.overrides()));
        rows.put("manifest.seed", Long.toString(mf.seed()));
        rows.put("manifest.replications", m.get("manifest.replicationsValue", Integer.toString(mf.replicationsCompleted()),
                Integer.toString(mf.replicationsRequested())));
        rows.put("manifest.partial", m.get(mf.partial() ? "manifest.yes" : "manifest.no"));
        rows.put("manifest.variants", mf.variants() == null ? "" : String.join(", ", mf.variants()));
        rows.put("manifest.threads", Integer.toString(mf.threads()));
        rows.put("manifest.version", mf.version());
        rows.put("manifest.java", mf.javaVersion());
        rows.put("manifest.started", mf.startedAt());
        rows.put("manifest.wallTime", duration(mf.wallTimeS()));
        rows.put("manifest.commandLine", mf.commandLine());
        rows.forEach((k, v) -> h.append("<tr><th scope=\"row\">").append(text(k)).append("</th><td><code>")
                .append(esc(v == null ? "" : v)).append("</code></td></tr>\n"));
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Markup passed into a pattern, not to be escaped. */
    private record Html(String html) {}

    /**
     * A bundle sentence as HTML: the pattern's text and plain arguments escaped, {@link Html} arguments as
     * they are. Arguments go in as markers first, so escaping never touches the markup and a translation may
     * still put them in any order.
     */
    private String text(String key, Object... args) {
        Object[] marks = new Object[args.length];
        for (int i = 0; i < args.length; i++) marks[i] = "\u0001" + i + "\u0002";
        String s = esc(m.get(key, marks));
        for (int i = 0; i < args.length; i++) {
            String value = args[i] instanceof Html x ? x.html() : esc(String.valueOf(args[i]));
            s = s.replace("\u0001" + i + "\u0002", value);
        }
        return s;
    }

    /** A heading in the report's language with the other language as a small second label. */
    private String withAlt(String key) {
        if (alt == null) return text(key);
        return text(key) + " <span class=\"alt\" lang=\"" + esc(alt.get("html.lang")) + "\">" + esc(alt.get(key)) + "</span>";
    }

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

    /** The metric's name and unit in the report's language, with its CSV name small underneath. */
    private String metricHeader(String metric) {
        return "<th scope=\"row\" class=\"metric\">" + esc(MetricFormat.labelWithUnit(metric, locale))
                + "<span class=\"code\">" + esc(metric) + "</span></th>";
    }

    private String badge(Verdict v) {
        return switch (v) {
            case BETTER -> "<span class=\"badge better\">" + text("badge.better") + "</span>";
            case WORSE -> "<span class=\"badge worse\">" + text("badge.worse") + "</span>";
            case CHANGED -> "<span class=\"badge changed\">" + text("badge.changed") + "</span>";
            case NO_SIGNIFICANT_DIFFERENCE -> "<span class=\"badge same\">" + text("badge.same") + "</span>";
        };
    }

    /** Whether a value interval since the last {@link #truncationNote} was shown truncated at 0. */
    private boolean truncated;

    /**
     * A value's interval "a to b" as HTML: a lower bound below 0 of a metric that cannot be negative is shown as
     * "0*" with the reason as its tooltip ({@link MetricFormat#lowTruncated}); the section then carries the note.
     */
    private String valueInterval(String metric, double low, double high) {
        if (!MetricFormat.lowTruncated(metric, low)) return esc(interval(metric, low, high));
        truncated = true;
        Html lo = new Html("<span class=\"truncated\" title=\"" + text("interval.truncated") + "\">"
                + esc(MetricFormat.formatLow(metric, low)) + "</span>");
        return text("interval", lo, MetricFormat.formatNumber(metric, high, false));
    }

    /** The footnote on intervals truncated at 0, once under a table or list that showed one. */
    private void truncationNote() {
        if (!truncated) return;
        truncated = false;
        h.append("<p class=\"note truncated-note\">").append(text("interval.truncatedNote")).append("</p>\n");
    }

    /** "a to b" in the report's language, as plain text. */
    private String interval(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) return "–";
        return m.get("interval", MetricFormat.formatNumber(metric, low, false), MetricFormat.formatNumber(metric, high, false));
    }

    private String baseline() {
        if (c.baseline() != null) return c.baseline();
        return c.comparison().isEmpty() ? "" : c.comparison().get(0).baseline();
    }

    private List<String> comparedVariants() {
        Set<String> v = new LinkedHashSet<>();
        for (ComparisonRow r : c.comparison()) v.add(r.variant());
        return new ArrayList<>(v);
    }

    private List<String> networkVariants() {
        Set<String> v = new LinkedHashSet<>();
        for (SummaryRow r : c.summary()) if (r.scope().equals("network")) v.add(r.variant());
        return new ArrayList<>(v);
    }

    /** Headline metrics in their order, then any other network metric the model reports. */
    private List<String> networkMetrics() {
        Set<String> present = new LinkedHashSet<>();
        for (SummaryRow r : c.summary()) if (r.scope().equals("network")) present.add(r.metric());
        List<String> out = new ArrayList<>();
        for (String metric : MetricFormat.HEADLINE) if (present.contains(metric)) out.add(metric);
        for (String metric : present) if (!out.contains(metric)) out.add(metric);
        return out;
    }

    private SummaryRow network(String variant, String metric) {
        for (SummaryRow r : c.summary()) {
            if (r.scope().equals("network") && r.variant().equals(variant) && r.metric().equals(metric)) return r;
        }
        return null;
    }

    /** The variant with the best mean on a judged metric; null for metrics that are not judged or on a tie. */
    private String bestVariant(List<String> variants, String metric) {
        Better better = MetricFormat.better(metric);
        if (better == Better.NEITHER) return null;
        String best = null;
        double bestValue = Double.NaN;
        boolean tie = false;
        for (String v : variants) {
            SummaryRow r = network(v, metric);
            if (r == null || !Double.isFinite(r.mean())) continue;
            double mean = r.mean();
            if (best == null || (better == Better.LOWER ? mean < bestValue : mean > bestValue)) {
                best = v;
                bestValue = mean;
                tie = false;
            } else if (mean == bestValue) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private SweepPoint point(String variant) {
        for (SweepPoint p : c.sweep().points()) if (p.variant().equals(variant)) return p;
        return null;
    }

    static String fmtLever(double v) { return LeverNames.value(v); }

    /** Seconds, minutes or hours, with the unit symbols both languages use. */
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
              font-family: "Tiercare Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC",
                "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 20px 20px 40px; }
            header { border-bottom: 3px solid #0072b2; margin-bottom: 16px; }
            h1 { font-size: 1.75rem; margin: 0 0 6px; line-height: 1.25; overflow-wrap: anywhere; }
            h2 { font-size: 1.3rem; margin: 28px 0 8px; border-left: 5px solid #0072b2; padding-left: 10px; }
            h3 { font-size: 1.08rem; margin: 20px 0 4px; }
            .alt, .sub { color: #57606a; font-weight: normal; }
            h2 .alt, .kicker .alt { font-size: .8em; }
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
            thead th .sub { display: block; font-size: .8rem; }
            thead th.num { white-space: normal; min-width: 7.5em; }
            tbody tr:last-child th, tbody tr:last-child td { border-bottom: none; }
            th.metric { font-weight: 600; min-width: 11em; }
            code { font-family: "Tiercare Sans SC", ui-monospace, Menlo, Consolas, monospace; }
            th.metric .code { display: block; font-family: "Tiercare Sans SC", ui-monospace, Menlo, Consolas, monospace; font-size: .72rem;
              color: #8c959f; font-weight: normal; }
            table.headline th:first-child, table.compare th:first-child, table.sweep th:first-child, table.scorecard th:first-child {
              position: sticky; left: 0; background: #fff; z-index: 1; box-shadow: inset -1px 0 0 #eaeef2, inset 0 -1px 0 #eaeef2; }
            table.headline thead th:first-child, table.compare thead th:first-child, table.sweep thead th:first-child,
            table.scorecard thead th:first-child {
              background: #eef3f8; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .ci { display: block; color: #6e7781; font-size: .78rem; white-space: nowrap; }
            ul.glance .ci { display: inline; }
            .best { color: #b07800; }
            .truncated { text-decoration: underline dotted; cursor: help; }
            table.sweep thead th .code { display: block; font-size: .72rem; color: #8c959f; font-weight: normal; }
            .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: .8rem; white-space: nowrap; }
            .badge.better { background: #dff3e6; color: #0b6b2f; }
            .badge.worse { background: #fde4e1; color: #a1261b; }
            .badge.changed { background: #e3edfa; color: #1f4f8a; }
            .badge.same { background: #eceff1; color: #57606a; }
            .badge.uncertain { background: #fff1c7; color: #7a5300; }
            table.scorecard th .code { display: block; font-size: .72rem; color: #8c959f; font-weight: normal; }
            table.manifest th { width: 14em; font-weight: 600; }
            table.manifest code { font-size: .85rem; overflow-wrap: anywhere; white-space: pre-wrap; }
            figure { margin: 0 0 22px; background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 10px; }
            img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
            figcaption { font-size: .9rem; color: #444c56; margin-top: 8px; }
            figcaption .file { color: #8c959f; font-size: .8rem; }
            footer { margin-top: 32px; font-size: .8rem; color: #6e7781; border-top: 1px solid #d8dee4; padding-top: 10px; }
            .lang-pick { position: absolute; opacity: 0; pointer-events: none; }
            nav.langs { display: flex; justify-content: flex-end; gap: 4px; margin: 0 0 8px; }
            nav.langs label { cursor: pointer; padding: 3px 12px; border: 1px solid #d8dee4; border-radius: 14px;
              background: #fff; color: #0072b2; font-size: .9rem; }
            #lang-zh:checked ~ nav label[for="lang-zh"], #lang-en:checked ~ nav label[for="lang-en"] {
              background: #0072b2; color: #fff; border-color: #0072b2; }
            #lang-zh:focus-visible ~ nav label[for="lang-zh"], #lang-en:focus-visible ~ nav label[for="lang-en"] {
              outline: 2px solid #0072b2; outline-offset: 2px; }
            #lang-zh:checked ~ .in-en, #lang-zh:checked ~ * .in-en, #lang-en:checked ~ .in-zh, #lang-en:checked ~ * .in-zh {
              display: none; }
            @media (max-width: 640px) {
              main { padding: 12px 10px 28px; }
              h1 { font-size: 1.35rem; }
              h2 { font-size: 1.12rem; }
              table { font-size: .85rem; }
              th, td { padding: 6px 7px; }
              th.metric { min-width: 8em; max-width: 11em; }
              th.metric .code { display: none; }
              table.scorecard th[scope="row"] { min-width: 10em; }
              table.scorecard th .code { display: none; }
              td .badge { white-space: normal; word-break: keep-all; }
              figure { padding: 4px; }
            }
            @media print { body { background: #fff; } .table-wrap { overflow: visible; } }
            """;
}

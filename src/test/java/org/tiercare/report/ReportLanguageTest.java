package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads in one language throughout, Chinese or English, from the report bundles; by default it holds
 * both, Chinese first.
 */
class ReportLanguageTest {
    @TempDir Path dir;

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    /** A comparison with every headline metric, a sweep with series, charts and a map. */
    private ReportContent report(Locale locale) throws Exception {
        List<String> variants = List.of(ReportFixtures.BASE, ReportFixtures.ALT);
        List<MetricRow> reps = ReportFixtures.replications(variants, new double[] {0, -1}, 6, 8, 3);
        List<SummaryRow> summary = Summary.of(reps);
        List<ChartImage> charts = new ArrayList<>(Charts.standard(dir, summary, locale));
        charts.add(MapChart.write(dir, ReportFixtures.map(), locale));
        Charts.timeSeries(dir, ReportFixtures.timeSeries(), locale).ifPresent(charts::add);
        return ReportContent.of("示范区 demo district", "Two or three grids.", ReportFixtures.manifest(variants, true), summary)
                .withComparison(ReportFixtures.BASE, Comparison.paired(reps, ReportFixtures.BASE)).withCharts(charts);
    }

    private String sweepReport(Locale locale) throws Exception {
        List<MetricRow> reps = ReportFixtures.sweepReplications(5);
        List<SummaryRow> summary = Summary.of(reps);
        Sweep sweep = ReportFixtures.sweep();
        return HtmlReport.render(ReportContent.of("Sweep", "", ReportFixtures.manifest(List.of("a"), false), summary)
                .withSweep(sweep).withCharts(Charts.sweep(dir, summary, sweep, locale)), locale);
    }

    /** The page without its style sheet, embedded images and second-language heading labels. */
    private static String ownText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "")
                .replaceAll("<span class=\"alt\" lang=\"[^\"]+\">[^<]*</span>", "");
    }

    private static void assertNoLeftovers(String html) {
        Matcher m = PLACEHOLDER.matcher(ownText(html));
        assertFalse(m.find(), () -> "unfilled placeholder " + m.group());
        assertFalse(html.contains("???"));
        assertFalse(html.contains("\u0001") || html.contains("\u0002"), "argument markers left in the page");
    }

    @Test
    void chineseReportSpeaksChinese() throws Exception {
        String html = HtmlReport.render(report(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<h2>主要指标 <span class=\"alt\" lang=\"en\">Headline indicators</span></h2>"));
        assertTrue(html.contains("<span class=\"badge better\">更优</span>"));
        assertTrue(html.contains("<span class=\"badge worse\">更差</span>"));
        assertTrue(html.contains("<span class=\"badge changed\">有变化</span>"));
        assertTrue(html.contains("<span class=\"badge same\">无显著差异</span>"));
        assertTrue(html.contains("<strong>部分结果：</strong>运行被中断，计划的 10 次重复运行只完成了 7 次"));
        assertTrue(html.contains("<h3>three-grids 对比 two-grids</h3>"));
        assertTrue(html.contains("95 % 置信区间"));
        assertTrue(html.contains("<strong>网格化布局图</strong>："));
        assertTrue(html.contains("面积 ∝ 门诊医师利用率；"), "the load metric by its Chinese name");
        assertTrue(html.contains("<strong>各级医疗机构平均等待时间</strong>："));
        assertTrue(html.contains("派驻专家巡诊路线"), "map caption in Chinese");
        String own = ownText(html);
        for (String english : List.of("Network-wide", "confidence interval", ">better<", "no significant", "Partial results",
                "Headline indicators", "replications finished", "Mean consult wait", " vs ", "Run manifest", "lowest", "shortest")) {
            assertFalse(own.contains(english), english);
        }
        assertNoLeftovers(html);
    }

    @Test
    void englishReportSpeaksEnglish() throws Exception {
        String html = HtmlReport.render(report(Locale.ENGLISH), Locale.ENGLISH);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<h2>Headline indicators <span class=\"alt\" lang=\"zh-CN\">主要指标</span></h2>"));
        assertTrue(html.contains("<span class=\"badge better\">better</span>"));
        assertTrue(html.contains("<span class=\"badge same\">no significant difference</span>"));
        assertTrue(html.contains("<strong>Partial results:</strong> the run was interrupted; 7 of 10 replications finished."));
        assertTrue(html.contains("<strong>Mean consult wait by tier</strong> · "));
        assertTrue(html.contains("<p class=\"verdict\">three-grids: "));
        // Chinese only where the user wrote it (the scenario's name).
        Matcher m = CJK.matcher(ownText(html).replace("示范区", ""));
        assertFalse(m.find(), () -> "Chinese in the English report: " + m.group());
        assertNoLeftovers(html);
    }

    @Test
    void sweepSpeaksTheReportsLanguage() throws Exception {
        String zh = sweepReport(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("<strong>转诊患者平均等待时间最短</strong>：预留号源比例 = 0.5，"));
        assertTrue(zh.contains("<h2>参数扫描：预留号源比例</h2>"));
        assertTrue(zh.contains("随 预留号源比例 的变化</strong>："));
        assertNoLeftovers(zh);
        String en = sweepReport(Locale.ENGLISH);
        assertTrue(en.contains("<strong>highest primary visit share</strong>: reserved slot share = 0.5, "));
        assertTrue(en.contains("<h2>Sweep of reserved slot share</h2>"));
        assertTrue(en.contains("<strong>fewest unserved needs</strong>: "));
        assertFalse(CJK.matcher(ownText(en).replace("示范区", "")).find());
        assertNoLeftovers(en);
    }

    @Test
    void everyHeadlineMetricHasAChineseNameInTheReport() throws Exception {
        String html = HtmlReport.render(report(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE);
        for (String metric : MetricFormat.HEADLINE) {
            String label = MetricFormat.label(metric, Locale.SIMPLIFIED_CHINESE);
            assertFalse(label.isBlank(), metric);
            assertTrue(CJK.matcher(label).find(), metric + " → " + label);
            assertTrue(html.contains("<th scope=\"row\" class=\"metric\">"
                    + HtmlReport.esc(MetricFormat.labelWithUnit(metric, Locale.SIMPLIFIED_CHINESE))
                    + "<span class=\"code\">" + metric + "</span></th>"), metric);
        }
    }

    @Test
    void bilingualReportHoldsBothLanguagesChineseFirstAndEachChartOnce() throws Exception {
        ReportContent content = report(org.tiercare.text.Messages.BILINGUAL);
        String html = HtmlReport.render(content, org.tiercare.text.Messages.BILINGUAL);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        int zhSwitch = html.indexOf("id=\"lang-zh\" class=\"lang-pick\" checked>");
        assertTrue(zhSwitch > 0, "Chinese is the language shown first");
        assertFalse(html.contains("id=\"lang-en\" class=\"lang-pick\" checked"));
        int zh = html.indexOf("<div class=\"in-zh\" lang=\"zh-CN\">"), en = html.indexOf("<div class=\"in-en\" lang=\"en\">");
        assertTrue(zh > zhSwitch && en > zh, "Chinese block before the English one");
        // Each block is the whole report in its language, without second-language heading labels.
        String zhBlock = html.substring(zh, en), enStart = html.substring(en);
        assertTrue(zhBlock.contains("<h2>主要指标</h2>") && zhBlock.contains("<span class=\"badge worse\">更差</span>"));
        assertTrue(enStart.contains("<h2>Headline indicators</h2>") && enStart.contains("<span class=\"badge worse\">worse</span>"));
        assertFalse(html.contains("class=\"alt\""));
        // Charts are drawn in both languages and embedded once, their captions in each language.
        long images = Pattern.compile("<img src=\"data:image/png").matcher(html).results().count();
        assertTrue(images == content.charts().size(), images + " images for " + content.charts().size() + " charts");
        assertTrue(html.contains("<span class=\"in-zh\" lang=\"zh-CN\"><strong>各级医疗机构平均等待时间</strong>："), "Chinese caption");
        assertTrue(html.contains("<span class=\"in-en\" lang=\"en\"><strong>Mean consult wait by tier</strong> · "), "English caption");
        assertTrue(html.contains("alt=\"各级医疗机构平均等待时间 / Mean consult wait by tier\""));
        // The switch hides the other language's blocks and spans.
        assertTrue(html.contains("#lang-zh:checked ~ .in-en, #lang-zh:checked ~ * .in-en"));
        assertNoLeftovers(html);
    }

    @Test
    void bilingualChartsComposeEachLanguageApart() throws Exception {
        ChartText t = ChartText.in(org.tiercare.text.Messages.BILINGUAL);
        assertTrue(t.get("chart.waitByTier.title").equals("各级医疗机构平均等待时间 / Mean consult wait by tier"), t.get("chart.waitByTier.title"));
        assertTrue(t.tier("tertiary", false).equals("三级医院 / tertiary"), t.tier("tertiary", false));
        assertTrue(t.get("chart.load.reference").equals("85 %"), "a word alike in both languages is written once");
        assertTrue(t.stacked().get("chart.map.lead").equals("牵头医院\nlead hospital"), t.stacked().get("chart.map.lead"));
        // A sentence built of other words is composed per language, not of bilingual parts.
        String title = ChartText.words(w -> new ChartImage.Words(w.get("chart.sweep.title", w.metric("visits"), w.lever(
                "policy.reserved_slot_share")), "")).apply(org.tiercare.text.Messages.BILINGUAL).title();
        assertFalse(title.indexOf(" / ") != title.lastIndexOf(" / "), title);
    }
}

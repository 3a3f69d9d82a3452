package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTextTest {
    @TempDir Path dir;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void chineseChartsOnlyWhereTheFontCanDrawChinese() {
        assertEquals(ZH, ChartText.drawable(ZH, s -> true));
        // A font with Latin glyphs only, as on a server without CJK fonts: English rather than boxes.
        assertEquals(Locale.ENGLISH, ChartText.drawable(ZH, s -> s.chars().allMatch(ch -> ch < 0x2E80)));
        assertEquals(Locale.ENGLISH, ChartText.drawable(Locale.ENGLISH, s -> false));
        // One missing glyph is enough: the check covers every chart word of the language.
        assertEquals(Locale.ENGLISH, ChartText.drawable(ZH, s -> !s.contains("巡")));
    }

    @Test
    void theCheckCoversChartTierAndMetricWords() {
        String words = ChartText.chartWords(ZH);
        for (String w : List.of("网格化布局图", "三级医院", "村卫生室", "转诊流向", "病床使用率", "网格内就诊率")) {
            assertTrue(words.contains(w), w);
        }
    }

    @Test
    void chartsFollowTheFontsOfThisMachineAndTheReportGetsItsOwnLanguage() throws Exception {
        boolean cjk = ChartFiles.TITLE_FONT.canDisplayUpTo(ChartText.chartWords(ZH)) == -1;
        List<SummaryRow> summary = Summary.of(ReportFixtures.replications(List.of("a", "b"), new double[] {0, -1}, 4, 6, 1));
        ChartImage c = Charts.waitByTier(dir, summary, ZH).orElseThrow();
        assertEquals(cjk ? "各级医疗机构平均等待时间" : "Mean consult wait by tier", c.title());
        assertEquals("各级医疗机构平均等待时间", c.wordsIn(ZH).title());
        assertEquals("Mean consult wait by tier", c.wordsIn(Locale.ENGLISH).title());
        assertTrue(c.wordsIn(ZH).caption().contains("95 % 置信区间"));
    }
}

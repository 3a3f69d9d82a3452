package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
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
    void chartsUseTheBundledFontWhateverTheMachineHas() {
        assertTrue(BundledFont.available(), "the font in the jar loads");
        assertEquals("Tiercare Sans SC", ChartFiles.FONT);
        // Asked for by name, the family resolves to the registered bundled font, not to a system font or the
        // logical fallback (which reports its family as "Dialog").
        assertEquals("Tiercare Sans SC", ChartFiles.TITLE_FONT.getFamily());
        assertEquals("Tiercare Sans SC Regular", ChartFiles.TITLE_FONT.getFontName());
        assertEquals(-1, ChartFiles.TITLE_FONT.canDisplayUpTo(ChartText.chartWords(ZH)));
        assertEquals(ZH, ChartText.drawable(ZH));
    }

    @Test
    void everyChartWordHasAGlyphOfItsOwn() {
        // canDisplay answers from the character map; the glyph codes prove that each character has an outline
        // of its own rather than the missing-glyph box.
        Font f = ChartFiles.font(Font.PLAIN, 13);
        String words = ChartText.chartWords(ZH) + ChartText.chartWords(Locale.ENGLISH) + "清水县人民医院 ∝★·–−×（）：，。";
        FontRenderContext frc = new FontRenderContext(null, true, true);
        int[] codes = f.createGlyphVector(frc, words).getGlyphCodes(0, words.length(), null);
        int missing = f.getMissingGlyphCode();
        for (int i = 0; i < codes.length; i++) {
            assertTrue(codes[i] != missing, "no glyph for " + words.charAt(i));
        }
        // A character outside the subset (GB2312 level 2) is missing, as the test above would notice.
        assertEquals(missing, f.createGlyphVector(frc, "鑫").getGlyphCode(0));
    }

    @Test
    void aChineseChartIsDrawnInChineseAndTheReportGetsBothLanguages() throws Exception {
        List<SummaryRow> summary = Summary.of(ReportFixtures.replications(List.of("a", "b"), new double[] {0, -1}, 4, 6, 1));
        ChartImage c = Charts.waitByTier(dir, summary, ZH).orElseThrow();
        assertEquals("各级医疗机构平均等待时间", c.title());
        assertEquals("各级医疗机构平均等待时间", c.wordsIn(ZH).title());
        assertEquals("Mean consult wait by tier", c.wordsIn(Locale.ENGLISH).title());
        assertTrue(c.wordsIn(ZH).caption().contains("95 % 置信区间"));
    }
}

package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.xlsx read back with fastexcel-reader: the sheets of the scopes present and nothing else, headers in
 * both languages, numbers as numeric cells under the right format, the verdicts in the report's language, and
 * the same rows giving the same bytes.
 */
class WorkbookOutputTest {
    @TempDir Path dir;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** Input out of scope order (facility before tier) and no grid rows: the sheets still follow network, grid, tier, facility. */
    private static final List<SummaryRow> SUMMARY = List.of(
            new SummaryRow("base", "network", "all", "wait_consult_mean_h", 2.5, 2.0, 3.0, 4),
            new SummaryRow("base", "network", "all", "primary_visit_share", 0.55, 0.5, 0.6, 4),
            new SummaryRow("base", "facility", "H1", "admissions", Double.NaN, Double.NaN, Double.NaN, 0),
            new SummaryRow("base", "tier", "tertiary", "bed_occupancy", 0.8, 0.75, 0.85, 4));

    /**
     * Worked out from the registry's better directions: a shorter wait whose interval excludes 0 is better; a
     * share whose interval contains 0 is no significant difference; more visits (better: neither) is a change.
     */
    private static final List<ComparisonRow> COMPARISON = List.of(
            new ComparisonRow("alt", "base", "network", "all", "wait_consult_mean_h", -0.5, -0.8, -0.2, 4),
            new ComparisonRow("alt", "base", "network", "all", "primary_visit_share", 0.01, -0.002, 0.022, 4),
            new ComparisonRow("alt", "base", "network", "all", "visits", 5, 2, 8, 4));

    @Test
    void chineseWorkbookHasOneSheetPerScopePresentAndTheDifferences() throws Exception {
        Path file = WorkbookOutput.write(dir, "示范区", SUMMARY, COMPARISON, ZH);
        assertEquals(dir.resolve("summary.xlsx"), file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            assertEquals(List.of("全网", "级别", "机构", "与基线比较"), wb.getSheets().map(Sheet::getName).toList());

            List<Row> net = wb.findSheet("全网").orElseThrow().read();
            Row header = net.get(0);
            assertEquals("方案\nvariant", header.getCellText(0));
            assertEquals("全网\nNetwork", header.getCellText(1));
            assertEquals("指标（中文）\nindicator (Chinese)", header.getCellText(3));
            assertEquals("均值\nmean", header.getCellText(6));
            assertEquals("重复次数\nreplications", header.getCellText(9));
            assertEquals(3, net.size(), "header and two network rows");

            Row wait = net.get(1);
            assertEquals(List.of("base", "all", "wait_consult_mean_h", "预约后平均等待时间", "mean consult wait", "小时"),
                    texts(wait, 6));
            Cell mean = wait.getCell(6);
            assertEquals(CellType.NUMBER, mean.getType());
            assertEquals(0, new BigDecimal("2.5").compareTo(mean.asNumber()));
            assertEquals("0.00", mean.getDataFormatString());
            assertEquals(0, new BigDecimal("4").compareTo(wait.getCell(9).asNumber()));

            // A share stays the fraction of summary.csv; the percent format shows it as 55.00%.
            Row share = net.get(2);
            assertEquals("%", share.getCellText(5));
            assertEquals(0, new BigDecimal("0.55").compareTo(share.getCell(6).asNumber()));
            assertEquals("0.00%", share.getCell(6).getDataFormatString());

            // An undefined mean stays an empty cell, as in the CSV.
            Row undefined = wb.findSheet("机构").orElseThrow().read().get(1);
            assertEquals("H1", undefined.getCellText(1));
            assertTrue(undefined.getOptionalCell(6).map(c -> c.getType() == CellType.EMPTY).orElse(true));

            List<Row> diff = wb.findSheet("与基线比较").orElseThrow().read();
            assertEquals("判断\nverdict", diff.get(0).getCellText(12));
            assertEquals("更优", diff.get(1).getCellText(12));
            assertEquals("无显著差异", diff.get(2).getCellText(12));
            assertEquals("有变化", diff.get(3).getCellText(12));
            assertEquals("全网", diff.get(1).getCellText(2));
            assertEquals(0, new BigDecimal("-0.5").compareTo(diff.get(1).getCell(8).asNumber()));
            assertEquals("百分点", diff.get(2).getCellText(7), "a difference of shares is in percentage points");
        }
    }

    @Test
    void englishWorkbookNamesSheetsAndVerdictsInEnglishWithChineseSecond() throws Exception {
        Path file = WorkbookOutput.write(dir, "demo", SUMMARY, COMPARISON, Locale.ENGLISH);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertEquals(List.of("Network", "Tier", "Facility", "Differences"), wb.getSheets().map(Sheet::getName).toList());
            List<Row> tier = wb.findSheet("Tier").orElseThrow().read();
            assertEquals("variant\n方案", tier.get(0).getCellText(0));
            assertEquals("Tier\n级别", tier.get(0).getCellText(1));
            assertEquals(List.of("base", "tertiary", "bed_occupancy", "病床使用率", "bed occupancy", "%"), texts(tier.get(1), 6));
            List<Row> diff = wb.findSheet("Differences").orElseThrow().read();
            assertEquals("better", diff.get(1).getCellText(12));
            assertEquals("no significant difference", diff.get(2).getCellText(12));
            assertEquals("changed", diff.get(3).getCellText(12));
        }
    }

    @Test
    void noDifferencesSheetWithoutAComparison() throws Exception {
        Path file = WorkbookOutput.write(dir, "demo", SUMMARY, List.of(), Locale.ENGLISH);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            assertEquals(List.of("Network", "Tier", "Facility"), wb.getSheets().map(Sheet::getName).toList());
        }
    }

    @Test
    void sameRowsGiveTheSameBytesAndNoTimeOfWriting() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        byte[] first = Files.readAllBytes(WorkbookOutput.write(a, "demo district", SUMMARY, COMPARISON, ZH));
        byte[] second = Files.readAllBytes(WorkbookOutput.write(b, "demo district", SUMMARY, COMPARISON, ZH));
        assertArrayEquals(first, second);
        // Two writes may fall within one millisecond of each other, so also look for the time stamp itself.
        String core = entry(a.resolve(WorkbookOutput.FILE_NAME), "docProps/core.xml");
        assertTrue(core.contains("<dc:title>demo district</dc:title>"), core);
        assertFalse(core.contains("dcterms:created"), core);
        assertFalse(core.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), core);
    }

    @Test
    void cjkCharactersCountDoubleInColumnWidths() {
        assertEquals(4, WorkbookOutput.displayWidth("ab12"));
        assertEquals(8, WorkbookOutput.displayWidth("病床使用"));
        assertEquals(8, WorkbookOutput.displayWidth("H1（东）"), "full-width brackets are double too");
    }

    private static List<String> texts(Row row, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(row::getCellText).toList();
    }

    private static String entry(Path xlsx, String name) throws IOException {
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void scorecardSheetHoldsEveryRuleWithItsStatusAndNumbers() throws Exception {
        List<ScorecardRow> card = List.of(
                new ScorecardRow("base", "nhc-2023", "third-of-slots-down", "国卫医政函〔2023〕27号", "facility", "H1",
                        "reserved_slot_share", ">=", "0.3333333333333333", "0", Double.NaN, Double.NaN, Double.NaN, 0,
                        ScorecardRow.Status.NOT_MET, Double.NaN, "牵头医院要将至少1/3的门诊号源……下沉", "Lead hospitals reserve a third"),
                new ScorecardRow("base", "", "referral-within-2-days", "assumption", "network", "all", "wait_referral_mean_h",
                        "<=", "48", "30", 30, 28, 32, 5, ScorecardRow.Status.MET, 0.99, "上转患者平均两天内就诊", "Seen within two days"));
        Path file = WorkbookOutput.write(dir, "demo", SUMMARY, List.of(), card, Locale.SIMPLIFIED_CHINESE);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Row> rows = wb.findSheet("达标情况").orElseThrow().read();
            assertEquals(3, rows.size());
            assertEquals("未达标", rows.get(1).getCellText(10));
            assertEquals("0", rows.get(1).getCellText(11), "a structural rule's finding as text");
            assertEquals("达标", rows.get(2).getCellText(10));
            assertEquals(CellType.NUMBER, rows.get(2).getCell(11).getType());
            assertEquals(0, new BigDecimal("30").compareTo(rows.get(2).getCellAsNumber(11).orElseThrow()));
            assertEquals(0, new BigDecimal("0.99").compareTo(rows.get(2).getCellAsNumber(14).orElseThrow()));
        }
    }

    @Test
    void departmentRowsGetASheetAfterTheFacilities() throws Exception {
        List<SummaryRow> rows = List.of(
                new SummaryRow("base", "department", "H1/internal", "visits", 10, 9, 11, 4),
                new SummaryRow("base", "facility", "H1", "visits", 12, 11, 13, 4),
                new SummaryRow("base", "network", "all", "visits", 12, 11, 13, 4));
        Path file = WorkbookOutput.write(dir, "县域", rows, List.of(), ZH);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            assertEquals(List.of("全网", "机构", "科室"), wb.getSheets().map(Sheet::getName).toList());
            List<Row> d = wb.findSheet("科室").orElseThrow().read();
            assertEquals("科室\nDepartment", d.get(0).getCellText(1));
            assertEquals("H1/internal", d.get(1).getCellText(1));
        }
    }
}

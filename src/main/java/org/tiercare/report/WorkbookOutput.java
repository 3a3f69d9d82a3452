package org.tiercare.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.tiercare.metric.Kind;
import org.tiercare.metric.Metric;
import org.tiercare.report.Comparison.Verdict;
import org.tiercare.text.Messages;

/**
 * {@code summary.xlsx}: the content of {@code summary.csv} (and of {@code compare.csv} when variants were
 * compared) as a workbook a planner opens in Excel or WPS without an import dialog. One sheet per scope
 * present (network, grid, tier, facility), named in the report's language; each row is one (variant, scope id,
 * metric) with the indicator's Chinese and English names and unit from the registry, and the numbers as
 * numeric cells: shares stay fractions under a percent format, hours get two decimals, so formulas see the
 * same values as the CSV. A differences sheet adds each paired difference's verdict. Headers carry both
 * languages, the report's first.
 *
 * <p>The same rows always give the same bytes: fastexcel stamps the time of writing into the core
 * properties, so the package is re-written without it (see {@link #repack}).
 */
public final class WorkbookOutput {
    private WorkbookOutput() {}

    public static final String FILE_NAME = "summary.xlsx";

    /** Scopes in sheet order; a scope not listed (from a newer version) follows under its own name. */
    static final List<String> SCOPES = List.of("network", "grid", "tier", "facility", "department", "group");

    /** Width of a numeric column, in characters; text columns are sized to their content. */
    private static final double NUMBER_WIDTH = 14;
    private static final double MIN_WIDTH = 8, MAX_WIDTH = 50;
    /** Header cells hold two lines (the two languages); points. */
    private static final double HEADER_HEIGHT = 32;
    private static final String HEADER_FILL = "D9E1F2";

    /** Writes {@code summary.xlsx} into {@code folder} in the process's language; returns the file. */
    public static Path write(Path folder, String title, List<SummaryRow> summary, List<ComparisonRow> comparison)
            throws IOException {
        return write(folder, title, summary, comparison, List.of(), Messages.documents());
    }

    /** As above, with a scorecard sheet when {@code scorecard} is not empty. */
    public static Path write(Path folder, String title, List<SummaryRow> summary, List<ComparisonRow> comparison,
                             List<ScorecardRow> scorecard) throws IOException {
        return write(folder, title, summary, comparison, scorecard, Messages.documents());
    }

    public static Path write(Path folder, String title, List<SummaryRow> summary, List<ComparisonRow> comparison,
                             Locale locale) throws IOException {
        return write(folder, title, summary, comparison, List.of(), locale);
    }

    /**
     * Writes {@code summary.xlsx} into {@code folder}: sheet names, verdicts and the first line of each header
     * in {@code locale}. {@code comparison} may be empty (no differences sheet then).
     */
    public static Path write(Path folder, String title, List<SummaryRow> summary, List<ComparisonRow> comparison,
                             List<ScorecardRow> scorecard, Locale locale) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        // fastexcel's zip is read back through its central directory (ZipFile), which needs a file:
        // java.util.zip.ZipInputStream misreads the ZIP64 data descriptors fastexcel writes.
        try (OutputStream out = Files.newOutputStream(file)) {
            new Sheets(locale).write(out, title, summary, comparison, scorecard);
        }
        Files.write(file, repack(file));
        return file;
    }

    /** Builds the workbook's sheets in one language. */
    private static final class Sheets {
        private final Locale locale;
        private final Messages m;
        private final Messages other;

        Sheets(Locale locale) {
            this.locale = locale;
            this.m = Messages.of("report", locale);
            this.other = Messages.of("report", Metric.isChinese(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }

        void write(OutputStream out, String title, List<SummaryRow> summary, List<ComparisonRow> comparison,
                   List<ScorecardRow> scorecard) throws IOException {
            // No application version: fastexcel accepts only "XX.YYYY", and the manifest says which tiercare wrote this.
            try (Workbook wb = new Workbook(out, "tiercare", null)) {
                if (title != null && !title.isBlank()) wb.properties().setTitle(title);
                Map<String, List<SummaryRow>> byScope = byScope(summary);
                if (byScope.isEmpty()) byScope.put("network", List.of()); // a workbook needs a sheet
                for (Map.Entry<String, List<SummaryRow>> e : byScope.entrySet()) {
                    summarySheet(wb.newWorksheet(scopeWord(e.getKey())), e.getKey(), e.getValue());
                }
                if (!comparison.isEmpty()) comparisonSheet(wb.newWorksheet(m.get("workbook.sheet.comparison")), comparison);
                if (!scorecard.isEmpty()) scorecardSheet(wb.newWorksheet(m.get("workbook.sheet.scorecard")), scorecard);
            }
        }

        /**
         * scorecard.csv as a sheet: each rule's clause in both languages, its status in words; an outcome's mean,
         * interval and P as numbers (in the metric's CSV unit, as summary.csv), a structural rule's finding as text.
         */
        private void scorecardSheet(Worksheet ws, List<ScorecardRow> rows) {
            List<String> header = List.of(header("variant"), header("rule"), header("ruleZh"), header("ruleEn"), header("source"),
                    header("scope"), header("scopeId"), header("metric"), header("op"), header("target"), header("status"),
                    header("value"), header("low"), header("high"), header("probability"));
            Table t = new Table(ws, header, 11);
            for (ScorecardRow r : rows) {
                int row = t.nextRow();
                t.text(row, 0, r.variant());
                t.text(row, 1, r.rule());
                t.text(row, 2, r.nameZh());
                t.text(row, 3, r.nameEn());
                t.text(row, 4, r.source());
                t.text(row, 5, scopeWord(r.scope()));
                t.text(row, 6, r.scopeId());
                t.text(row, 7, r.metric());
                t.text(row, 8, r.op());
                t.text(row, 9, r.target());
                t.text(row, 10, ScorecardText.status(r.status(), locale));
                if (r.outcome()) {
                    t.number(row, 11, r.value(), format(r.metric(), false));
                    t.number(row, 12, r.ci95Low(), format(r.metric(), false));
                    t.number(row, 13, r.ci95High(), format(r.metric(), false));
                    t.number(row, 14, r.probability(), "0.00");
                } else {
                    t.text(row, 11, r.found());
                }
            }
            t.finish();
        }

        private void summarySheet(Worksheet ws, String scope, List<SummaryRow> rows) {
            // The id column is headed by the scope itself ("网格 Grid"): it holds grid ids, tiers or facility ids.
            String idHeader = m.get("workbook.header", scopeWord(scope), scopeWordIn(other, scope));
            List<String> header = List.of(header("variant"), idHeader, header("metric"), header("nameZh"),
                    header("nameEn"), header("unit"), header("mean"), header("low"), header("high"), header("replications"));
            Table t = new Table(ws, header, 6);
            for (SummaryRow r : rows) {
                int row = t.nextRow();
                t.text(row, 0, r.variant());
                t.text(row, 1, r.scopeId());
                t.names(row, 2, r.metric(), MetricFormat.unitWords(r.metric(), locale));
                t.number(row, 6, r.mean(), format(r.metric(), false));
                t.number(row, 7, r.ci95Low(), format(r.metric(), false));
                t.number(row, 8, r.ci95High(), format(r.metric(), false));
                t.count(row, 9, r.replications());
            }
            t.finish();
        }

        private void comparisonSheet(Worksheet ws, List<ComparisonRow> rows) {
            List<String> header = List.of(header("variant"), header("baseline"), header("scope"), header("scopeId"),
                    header("metric"), header("nameZh"), header("nameEn"), header("unit"), header("diff"), header("low"),
                    header("high"), header("replications"), header("verdict"));
            Table t = new Table(ws, header, 8);
            for (ComparisonRow r : rows) {
                int row = t.nextRow();
                t.text(row, 0, r.variant());
                t.text(row, 1, r.baseline());
                t.text(row, 2, scopeWord(r.scope()));
                t.text(row, 3, r.scopeId());
                // A difference of two shares is in percentage points, not a percentage of the baseline.
                String unit = MetricFormat.kind(r.metric()) == Kind.SHARE ? m.get("workbook.unit.pp")
                        : MetricFormat.unitWords(r.metric(), locale);
                t.names(row, 4, r.metric(), unit);
                t.number(row, 8, r.diffMean(), format(r.metric(), true));
                t.number(row, 9, r.diffLow(), format(r.metric(), true));
                t.number(row, 10, r.diffHigh(), format(r.metric(), true));
                t.count(row, 11, r.replications());
                t.text(row, 12, verdict(Comparison.verdict(r)));
            }
            t.finish();
        }

        private String header(String column) {
            String key = "workbook.column." + column;
            return m.get("workbook.header", m.get(key), other.get(key));
        }

        private String scopeWord(String scope) { return scopeWordIn(m, scope); }

        private static String scopeWordIn(Messages b, String scope) {
            String key = "workbook.sheet." + scope;
            return SCOPES.contains(scope) ? b.get(key) : scope;
        }

        /** The same words as the report's badges. */
        private String verdict(Verdict v) {
            return m.get(switch (v) {
                case BETTER -> "badge.better";
                case WORSE -> "badge.worse";
                case CHANGED -> "badge.changed";
                case NO_SIGNIFICANT_DIFFERENCE -> "badge.same";
            });
        }
    }

    /** Summary rows by scope, known scopes first in {@link #SCOPES} order, rows in their given order. */
    private static Map<String, List<SummaryRow>> byScope(List<SummaryRow> rows) {
        Map<String, List<SummaryRow>> out = new LinkedHashMap<>();
        for (String s : SCOPES) out.put(s, new ArrayList<>());
        for (SummaryRow r : rows) out.computeIfAbsent(r.scope(), s -> new ArrayList<>()).add(r);
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /**
     * The workbook keeps the CSV's values, so times stay in hours even where the report shows days
     * ({@link org.tiercare.metric.Metric#displayUnit()}): a cell then matches summary.csv and its metric's
     * {@code _h} name, and formulas over a column never mix units. The unit column says so ("h", "小时").
     *
     * <p>The number format of a metric's values, by kind: shares as percentages of the stored fraction, hours and
     * levels with two decimals, counts (means over replications, so rarely whole) with one. Differences carry
     * their sign.
     */
    static String format(String metric, boolean signed) {
        String f = switch (MetricFormat.kind(metric)) {
            case SHARE -> "0.00%";
            case TIME -> "0.00";
            case COUNT -> "#,##0.0";
            case LEVEL, RATE -> "#,##0.00";
            case MONEY -> "#,##0";
        };
        return signed ? "+" + f + ";-" + f + ";" + f : f;
    }

    /** One sheet's rows: a frozen, bold, wrapped header row, then data; column widths fitted at the end. */
    private static final class Table {
        private final Worksheet ws;
        private final double[] width;
        private final int firstNumber;
        private int row;

        /** Columns from {@code firstNumber} on hold numbers. */
        Table(Worksheet ws, List<String> header, int firstNumber) {
            this.ws = ws;
            this.width = new double[header.size()];
            this.firstNumber = firstNumber;
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                // One line per language: the column need only hold the longer line.
                for (String line : header.get(c).split("\n")) width[c] = Math.max(width[c], displayWidth(line));
            }
            ws.range(0, 0, 0, header.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true)
                    .verticalAlignment("top").set();
            ws.rowHeight(0, HEADER_HEIGHT);
            ws.freezePane(0, 1);
            // Printed (or saved as PDF), a sheet runs down as many pages as it needs but never splits its
            // columns across pages, and every page repeats the header.
            ws.pageOrientation("landscape");
            ws.setFitToPage(true);
            ws.fitToWidth((short) 1);
            ws.fitToHeight((short) 0);
            ws.repeatRows(0);
        }

        int nextRow() { return ++row; }

        void text(int r, int c, String s) {
            ws.value(r, c, s);
            width[c] = Math.max(width[c], displayWidth(s));
        }

        /** The metric's CSV name, its Chinese and English names and the unit, in four columns from {@code c}. */
        void names(int r, int c, String metric, String unit) {
            text(r, c, metric);
            text(r, c + 1, MetricFormat.label(metric, Locale.SIMPLIFIED_CHINESE));
            text(r, c + 2, MetricFormat.label(metric, Locale.ENGLISH));
            text(r, c + 3, unit);
        }

        /** An undefined value (NaN, e.g. no admissions happened) stays an empty cell, as in the CSV. */
        void number(int r, int c, double v, String format) {
            if (!Double.isFinite(v)) return;
            ws.value(r, c, v);
            ws.style(r, c).format(format).set();
        }

        /** A replication count, centred so that it does not run into a text column on its right. */
        void count(int r, int c, int n) {
            ws.value(r, c, n);
            ws.style(r, c).format("0").horizontalAlignment("center").set();
        }

        void finish() {
            int last = width.length - 1;
            if (row > 0) ws.setAutoFilter(0, 0, row, last);
            for (int c = 0; c <= last; c++) {
                double w = c >= firstNumber ? Math.max(width[c], NUMBER_WIDTH) : width[c];
                ws.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
            }
        }
    }

    /** Columns a text takes: two for a CJK (full-width) character, one for anything else. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Every zip entry's date: the earliest a zip can hold, as a fixed value rather than the time of writing. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The workbook at {@code file} with the time of writing taken out: fastexcel 0.19 writes
     * {@code <dcterms:created>} from {@code Instant.now()} into {@code docProps/core.xml}, with no setter. The
     * element is optional (ECMA-376 part 2), so it is dropped rather than replaced by an invented date; the
     * manifest records when the run started. The parts are re-compressed in their original order with a fixed
     * entry date and compression level, so the same parts give the same bytes.
     */
    static byte[] repack(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("docProps/core.xml")) data = withoutCreated(data);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withoutCreated(byte[] coreXml) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        return xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                .getBytes(StandardCharsets.UTF_8);
    }
}

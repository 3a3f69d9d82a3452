package org.tiercare.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tidy CSV files users script against. Doubles go out as {@link Double#toString} (shortest
 * form that round-trips, never locale-dependent), so the same numbers always give the same bytes;
 * NaN becomes an empty cell, which R, pandas and spreadsheets all read as missing.
 */
public final class CsvOutput {
    private CsvOutput() {}

    /** Strict quoting: by default jackson-csv quotes every string longer than 24 characters, which is valid but surprises grep. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    static final CsvSchema SUMMARY = schema("variant", "scope", "scope_id", "metric", "mean", "ci95_low", "ci95_high", "replications");
    static final CsvSchema REPLICATIONS = schema("variant", "replication", "scope", "scope_id", "metric", "value");
    static final CsvSchema COMPARISON = schema("variant", "baseline", "scope", "scope_id", "metric",
            "diff_mean", "diff_ci95_low", "diff_ci95_high", "replications");

    public static void writeSummary(Path file, List<SummaryRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = MAPPER.writer(SUMMARY).writeValues(w)) {
            for (SummaryRow r : rows) {
                out.write(new Object[] {r.variant(), r.scope(), r.scopeId(), r.metric(),
                        cell(r.mean()), cell(r.ci95Low()), cell(r.ci95High()), r.replications()});
            }
        }
    }

    public static void writeReplications(Path file, List<MetricRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = MAPPER.writer(REPLICATIONS).writeValues(w)) {
            for (MetricRow r : rows) {
                out.write(new Object[] {r.variant(), r.replication(), r.scope(), r.scopeId(), r.metric(), cell(r.value())});
            }
        }
    }

    /** {@code compare.csv}: each variant against the baseline, paired differences with their 95 % intervals. */
    public static void writeComparison(Path file, List<ComparisonRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = MAPPER.writer(COMPARISON).writeValues(w)) {
            for (ComparisonRow r : rows) {
                out.write(new Object[] {r.variant(), r.baseline(), r.scope(), r.scopeId(), r.metric(),
                        cell(r.diffMean()), cell(r.diffLow()), cell(r.diffHigh()), r.replications()});
            }
        }
    }

    static final List<String> OCCUPANCY = List.of("variant", "replication", "facility", "beds_in_use", "time_share", "p_at_least");

    /** {@code occupancy.csv}: each ward's distribution of beds in use, per replication. */
    public static void writeOccupancy(Path file, List<OccupancyRow> rows) throws IOException {
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (OccupancyRow r : rows) {
            cells.add(new Object[] {r.variant(), r.replication(), r.facility(), r.bedsInUse(), cell(r.timeShare()), cell(r.pAtLeast())});
        }
        writeTable(file, OCCUPANCY, cells);
    }

    /** scorecard.csv: {@link ScorecardRow#COLUMNS}; an outcome's value is its mean, a structural rule's what was found. */
    public static void writeScorecard(Path file, List<ScorecardRow> rows) throws IOException {
        List<Object[]> cells = new ArrayList<>(rows.size());
        for (ScorecardRow r : rows) {
            cells.add(new Object[] {r.variant(), r.rule(), r.source(), r.scope(), r.scopeId(), r.metric(), r.op(), r.target(),
                    r.outcome() ? cell(r.value()) : r.found(), r.outcome() ? cell(r.ci95Low()) : "",
                    r.outcome() ? cell(r.ci95High()) : "", r.status().csv()});
        }
        writeTable(file, ScorecardRow.COLUMNS, cells);
    }

    /** Any other tidy table (e.g. {@code outreach_routes.csv}): a header and rows of plain values. */
    public static void writeTable(Path file, List<String> header, List<Object[]> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = MAPPER.writer(schema(header.toArray(String[]::new))).writeValues(w)) {
            for (Object[] r : rows) out.write(r);
        }
    }

    /**
     * NaN as an empty string, not null: jackson-csv drops nulls inside array rows and shifts the
     * following cells left. Infinities keep Java's spelling.
     */
    private static Object cell(double v) { return Double.isNaN(v) ? "" : v; }

    private static CsvSchema schema(String... columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String c : columns) b.addColumn(c);
        return b.setUseHeader(true).setLineSeparator("\n").build();
    }
}

package org.tiercare.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tiercare.metric.Metric;
import org.tiercare.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tiercare metrics}: the metric registry as a glossary, an aligned table in the reader's language
 * or a CSV file with both languages. Usage help: the {@code tiercare.metrics.*} keys of the cli bundle.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true)
final class MetricsCommand implements Callable<Integer> {
    enum Format { TEXT, CSV }

    /** The CSV columns (a contract, like the results files'). */
    static final List<String> CSV_COLUMNS = List.of("metric", "name_zh", "name_en", "unit", "kind", "better", "headline",
            "definition_zh", "definition_en");

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.CSV) csv(out);
        else text(out, Messages.of("cli"));
        out.flush();
        return Main.OK;
    }

    /** One row per metric; quoted only where RFC 4180 needs it. */
    static void csv(PrintWriter out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        // The writer is the command's, not ours to close.
        try (SequenceWriter w = mapper.writer(schema.setUseHeader(true).setLineSeparator("\n").build())
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (Metric m : Metric.values()) {
                w.write(new Object[] {m.csvName(), m.label(Locale.SIMPLIFIED_CHINESE), m.label(Locale.ENGLISH),
                        m.unit().symbol(Locale.ENGLISH), lower(m.kind()), lower(m.better()), Boolean.toString(m.headline()),
                        m.definition(Locale.SIMPLIFIED_CHINESE), m.definition(Locale.ENGLISH)});
            }
        }
    }

    /** Headline indicators, then the others: name, CSV name, unit, better direction, definition. */
    static void text(PrintWriter out, Messages m) {
        Locale locale = m.locale();
        String[] head = {m.get("metrics.column.label"), m.get("metrics.column.metric"), m.get("metrics.column.unit"),
                m.get("metrics.column.better"), m.get("metrics.column.definition")};
        List<String[]> rows = new ArrayList<>();
        for (Metric x : Metric.values()) {
            rows.add(new String[] {x.label(locale), x.csvName(), x.unit().symbol(locale),
                    m.get("metrics.better." + lower(x.better())), x.definition(locale)});
        }
        int[] w = new int[head.length - 1];
        for (String[] r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], TextWidth.of(r[i]));
        for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], TextWidth.of(head[i]));

        out.println(line(head, w));
        boolean headlines = false;
        for (int i = 0; i < rows.size(); i++) {
            boolean headline = Metric.values()[i].headline();
            if (i == 0 || headline != headlines) {
                out.println();
                out.println(m.get(headline ? "metrics.section.headline" : "metrics.section.other"));
                headlines = headline;
            }
            out.println(line(rows.get(i), w));
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) b.append(TextWidth.padRight(cells[i], widths[i])).append("  ");
        return b.append(cells[widths.length]).toString().stripTrailing();
    }

    private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}

package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiercare.metric.Metric;

/** {@code tiercare metrics}: the registry as a glossary, one row per metric in both languages. */
class MetricsCommandTest {
    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void csvListsEveryMetricOnceWithBothNames() throws Exception {
        String csv = run("metrics", "--format", "csv");
        assertTrue(csv.startsWith("metric,name_zh,name_en,unit,kind,better,headline,definition_zh,definition_en\n"), csv);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, String> r : rows) {
            assertEquals(9, r.size(), r.toString());
            seen.merge(r.get("metric"), 1, Integer::sum);
            assertFalse(r.get("name_en").isBlank(), r.toString());
            assertTrue(r.get("name_zh").codePoints().anyMatch(MetricsCommandTest::cjk), "Chinese name: " + r);
            assertTrue(Set.of("lower", "higher", "neither").contains(r.get("better")), r.toString());
            assertTrue(Set.of("true", "false").contains(r.get("headline")), r.toString());
            Metric m = Metric.byName(r.get("metric")).orElseThrow(() -> new AssertionError("not a metric: " + r));
            assertEquals(m.label(Locale.ENGLISH), r.get("name_en"));
            assertEquals(m.definition(Locale.ENGLISH), r.get("definition_en"));
            assertEquals(m.unit().symbol(Locale.ENGLISH), r.get("unit"));
            assertEquals(m.kind().name().toLowerCase(Locale.ROOT), r.get("kind"));
            assertEquals(m.headline(), Boolean.parseBoolean(r.get("headline")));
        }
        for (Metric m : Metric.values()) assertEquals(1, seen.getOrDefault(m.csvName(), 0), m.csvName());
        assertEquals(Metric.values().length, rows.size());
    }

    @Test
    void chineseTextTableIsAlignedByDisplayWidth() {
        String text = run("--lang", "zh", "metrics");
        assertTrue(text.contains(Metric.BED_OCCUPANCY.label(Locale.SIMPLIFIED_CHINESE)), text);
        // The CSV-name column starts at the same terminal column on every metric row.
        Set<Integer> columns = new java.util.HashSet<>();
        for (String line : text.split("\n")) {
            for (Metric m : Metric.values()) {
                String label = m.label(Locale.SIMPLIFIED_CHINESE);
                if (line.startsWith(label + " ")) {
                    int at = line.indexOf(m.csvName(), label.length());
                    columns.add(TextWidth.of(line.substring(0, at)));
                }
            }
        }
        assertEquals(1, columns.size(), text);
    }

    private static boolean cjk(int cp) { return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN; }
}

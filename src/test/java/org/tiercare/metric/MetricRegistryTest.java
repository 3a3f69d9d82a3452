package org.tiercare.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tiercare.experiment.Experiment;
import org.tiercare.experiment.Variant;
import org.tiercare.experiment.Variants;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;

/**
 * The registry is the one place metrics are defined: whatever a run writes is registered, and the
 * README's metric table says the same as the registry.
 */
class MetricRegistryTest {

    /**
     * Every metric name any scenario in {@code scenarios/} writes, in every variant the demo declares (levers
     * on), has a registry entry with names in both languages. Short horizons: only the names matter here.
     */
    @Test
    void everyMetricARunWritesIsRegistered() throws Exception {
        Set<String> written = new TreeSet<>();
        List<String> shortRun = List.of("horizon=10 d", "warmup=1 d", "replications=1");
        for (Variant v : Variants.declared(Path.of("scenarios/demo-district.yaml"), shortRun, false)) {
            Experiment.run(v.scenario(), v.id(), 1, 2, null).rows().forEach(r -> written.add(r.metric()));
        }
        try (var files = Files.list(Path.of("scenarios/validation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                var s = ScenarioLoader.load(f, List.of("horizon=200 h", "warmup=0 h", "replications=1"));
                for (MetricRow r : Experiment.run(s, "v", 1, 1, null).rows()) written.add(r.metric());
            }
        }
        assertTrue(written.size() >= 30, "the runs wrote the usual metrics: " + written);
        // The demo's variants switch every lever on, so lever metrics must be among them.
        assertTrue(written.containsAll(List.of("teleconsultations", "repeat_tests_avoided", "outreach_sessions")), written::toString);
        for (String name : written) {
            Metric m = Metric.byName(name).orElseThrow(() -> new AssertionError("metric '" + name
                    + "' is written to summary.csv but has no entry in org.tiercare.metric.Metric"));
            assertFalse(m.label(Locale.ENGLISH).isBlank(), name);
            assertTrue(m.label(Locale.SIMPLIFIED_CHINESE).codePoints().anyMatch(MetricRegistryTest::isCjk), name);
        }
    }

    @Test
    void entriesAreCompleteAndNamesUnique() {
        Set<String> names = new TreeSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(names.add(m.csvName()), "duplicate CSV name " + m.csvName());
            assertTrue(m.csvName().matches("[a-z][a-z0-9_]*"), m.csvName());
            assertEquals(m.kind() == Kind.TIME, m.csvName().endsWith("_h"), m.csvName() + ": times and only times end in _h");
            assertEquals(m.kind() == Kind.TIME, m.unit() == Unit.HOURS, m.csvName());
            assertEquals(m.kind() == Kind.SHARE, m.unit() == Unit.FRACTION, m.csvName());
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertFalse(m.label(l).isBlank(), m.csvName());
                assertFalse(m.definition(l).isBlank(), m.csvName());
            }
        }
        assertFalse(Metric.headlines().isEmpty());
        assertTrue(Metric.headlines().contains(Metric.IN_GRID_RATE));
    }

    /**
     * README's metric table lists exactly the registry's names, and where a row names one metric and gives
     * the planners' Chinese name, it is the registry's.
     */
    @Test
    void readmeMetricTableAgreesWithTheRegistry() throws IOException {
        Map<List<String>, String> rows = readmeMetricRows();
        Set<String> inReadme = new TreeSet<>();
        rows.keySet().forEach(inReadme::addAll);
        Set<String> inRegistry = new TreeSet<>();
        for (Metric m : Metric.values()) inRegistry.add(m.csvName());
        assertEquals(inRegistry, inReadme, "README.md's metric table and org.tiercare.metric.Metric disagree");
        rows.forEach((metrics, chinese) -> {
            if (metrics.size() == 1 && !chinese.isBlank()) {
                assertEquals(Metric.byName(metrics.get(0)).orElseThrow().label(Locale.SIMPLIFIED_CHINESE), chinese,
                        "Chinese name of " + metrics.get(0) + " in README.md");
            }
        });
    }

    /** Rows of the table under "### Metrics": the backticked names of the first cell → the last cell. */
    static Map<List<String>, String> readmeMetricRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("### Metrics")) start = i;
        assertTrue(start >= 0, "README.md has a '### Metrics' section");
        Map<List<String>, String> rows = new LinkedHashMap<>();
        Pattern code = Pattern.compile("`([a-z0-9_]+)`");
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (!line.startsWith("| `")) continue;
            String[] cells = line.split("\\|");
            List<String> names = new ArrayList<>();
            Matcher m = code.matcher(cells[1]);
            while (m.find()) names.add(m.group(1));
            rows.put(names, cells[cells.length - 1].strip());
        }
        return rows;
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}

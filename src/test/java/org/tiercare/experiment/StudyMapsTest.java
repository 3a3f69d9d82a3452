package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layout comparison shows every layout compared: one map per layout in the results folder and the report. */
class StudyMapsTest {
    @TempDir
    Path tmp;

    @Test
    void aLayoutComparisonDrawsOneMapPerLayout() throws Exception {
        List<Variant> declared = Variants.declared(Path.of("src/test/resources/scenario/full.yaml"),
                List.of("horizon=10 d", "replications=1"), false);
        assertEquals(List.of("base", "reserve-half", "single-grid"), declared.stream().map(Variant::id).toList());
        // The base runs layout two-grids, single-grid runs one-grid.
        List<Variant> layouts = List.of(declared.get(0), declared.get(2));
        Path out = tmp.resolve("out");
        Study.run(layouts, null, new Study.Options(1, 1, out, false, "test"), null);

        List<String> maps;
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            maps = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("map")).sorted().toList();
        }
        assertEquals(List.of("map-single-grid.png", "map-single-grid.svg", "map.png", "map.svg"), maps);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        String base = figure(html, "map"), single = figure(html, "map-single-grid");
        // Each caption names its variant and its layout (in whichever language the report is in).
        assertTrue(base.contains("base") && base.contains("two-grids"), base);
        assertTrue(single.contains("single-grid") && single.contains("one-grid"), single);
    }

    /** The figure of chart {@code id} in the report, without its embedded image. */
    private static String figure(String html, String id) {
        int start = html.indexOf("<figure id=\"" + id + "\">");
        assertTrue(start >= 0, "no figure " + id);
        String f = html.substring(start, html.indexOf("</figure>", start));
        return f.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,…");
    }
}

package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map's labels and axes: readable where facilities crowd, cropped to the district. */
class MapChartTest {
    /**
     * Four zones on the corners of a 20 × 10 km rectangle; a lead hospital, a community health centre and a
     * rehabilitation unit all stand at the first zone's point (none has coordinates of its own), a township
     * health centre at the opposite corner.
     */
    private static MapData crowdedZone() {
        List<MapZone> zones = List.of(new MapZone("Z1", 0, 0, 80_000, "G"), new MapZone("Z2", 20, 0, 30_000, "G"),
                new MapZone("Z3", 20, 10, 20_000, "G"), new MapZone("Z4", 0, 10, 40_000, "G"));
        List<MapFacility> facilities = List.of(
                new MapFacility("H1", "County People's Hospital", 0, 0, "tertiary", "G", true, 0.9),
                new MapFacility("C1", "Old Town CHC", 0, 0, "community", "G", false, 0.5),
                new MapFacility("R1", "Rehab Centre", 0, 0, "rehab", "G", false, 0.3),
                new MapFacility("T1", "Hill THC", 20, 10, "township", "G", false, 0.4));
        List<MapFlow> flows = List.of(new MapFlow("C1", "H1", 50), new MapFlow("T1", "H1", 20), new MapFlow("H1", "R1", 10));
        return new MapData("L", zones, facilities, flows, List.of(), "outpatient_utilization");
    }

    @Test
    void labelsOfFacilitiesInOneZoneDoNotOverlap() {
        MapChart.Drawing d = MapChart.draw(crowdedZone(), ChartText.in(Locale.ENGLISH));
        Map<String, Rectangle2D> labels = MapChart.labelBoxes(d);
        Rectangle2D plot = d.layer().getBounds();
        List<String> sameZone = List.of("H1", "C1", "R1");
        // A 12-px font (Java 2D draws 1 pt as 1 px) needs at least 12 px of height per line of text.
        double labelHeight = 12;
        for (int i = 0; i < sameZone.size(); i++) {
            Rectangle2D a = labels.get(sameZone.get(i));
            assertTrue(plot.contains(a), sameZone.get(i) + " inside the plot: " + a + " in " + plot);
            for (int j = i + 1; j < sameZone.size(); j++) {
                Rectangle2D b = labels.get(sameZone.get(j));
                String pair = sameZone.get(i) + "/" + sameZone.get(j) + ": " + a + " and " + b;
                assertFalse(a.intersects(b), pair);
                double apart = Math.hypot(a.getCenterX() - b.getCenterX(), a.getCenterY() - b.getCenterY());
                assertTrue(apart >= labelHeight, pair + " only " + apart + " px apart");
            }
        }
        assertTrue(labels.containsKey("T1"));
    }

    @Test
    void axesRunOverTheDistrictAndItsMarginOnly() {
        MapChart.Drawing d = MapChart.draw(crowdedZone(), ChartText.in(Locale.ENGLISH));
        MapChart.labelBoxes(d);
        Rectangle2D plot = d.layer().getBounds();
        double x0 = d.chart().getChartXFromCoordinate((int) plot.getMinX());
        double x1 = d.chart().getChartXFromCoordinate((int) plot.getMaxX());
        double y0 = d.chart().getChartYFromCoordinate((int) plot.getMaxY());
        double y1 = d.chart().getChartYFromCoordinate((int) plot.getMinY());
        // Extent 0..20 km across and 0..10 km up; the margin is 6 % of the larger span: 1.2 km. Allow 0.1 km
        // for whole pixels and the last half per cent of equal scale.
        double margin = 1.2, slack = 0.1;
        assertTrue(x0 <= 0 && x0 >= -margin - slack, "x from " + x0);
        assertTrue(x1 >= 20 && x1 <= 20 + margin + slack, "x to " + x1);
        assertTrue(y0 <= 0 && y0 >= -margin - slack, "y from " + y0);
        assertTrue(y1 >= 10 && y1 <= 10 + margin + slack, "y to " + y1);
        // ... and a kilometre is as long across as up.
        double px = d.chart().getScreenXFromChart(10) - d.chart().getScreenXFromChart(0);
        double py = d.chart().getScreenYFromChart(0) - d.chart().getScreenYFromChart(10);
        assertEquals(px, py, 0.01 * px);
    }

    @Test
    void aShortNameStandsBesideTheIdALongOneDoesNot() {
        MapFacility twenty = new MapFacility("S1", "West Suburb Hospital", 0, 0, "secondary", "G", false, 0.5);
        MapFacility twentyOne = new MapFacility("S3", "Lotus County Hospital", 0, 0, "secondary", "G", false, 0.5);
        assertEquals("West Suburb Hospital", MapChart.labelName(twenty));
        assertNull(MapChart.labelName(twentyOne));
        assertNull(MapChart.labelName(new MapFacility("S4", 0, 0, "secondary", "G", false, 0.5)));
        assumeTrue(MapChart.LABEL_NAME.canDisplayUpTo("清水县人民医院西城街道社区卫生服务中心") == -1, "no CJK font on this machine");
        // Seven Chinese characters count as 14 Latin letters; twelve as 24, more than the 20 allowed.
        MapFacility seven = new MapFacility("H1", "清水县人民医院", 0, 0, "tertiary", "G", true, 0.9);
        MapFacility twelve = new MapFacility("C1", "西城街道社区卫生服务中心", 0, 0, "community", "G", false, 0.5);
        assertEquals("清水县人民医院", MapChart.labelName(seven));
        assertNull(MapChart.labelName(twelve));
    }

    @Test
    void aLabelGoesWhereItCoversNoOtherMarker() {
        // Markers of radius 10 px at (100, 100) and (130, 100); labels 40 × 15 px; a 400 × 300 px plot.
        List<MapChart.Spot> spots = List.of(new MapChart.Spot(100, 100, 10, Double.NaN), new MapChart.Spot(130, 100, 10, Double.NaN));
        List<List<double[]>> texts = List.of(List.of(new double[] {40, 15}), List.of(new double[] {40, 15}));
        List<MapChart.Placed> p = MapChart.placeLabels(spots, texts, new Rectangle2D.Double(0, 0, 400, 300));
        // The first label would go right of its marker, 3 px beyond the edge: x 113..153, which covers the
        // second marker (x 120..140). The next place tried is the left: x 100 - 13 - 40 = 47, centred: y 92.5.
        assertEquals(new Rectangle2D.Double(47, 92.5, 40, 15), p.get(0).box());
        // The second label fits on the right of its marker: x 130 + 13 = 143.
        assertEquals(new Rectangle2D.Double(143, 92.5, 40, 15), p.get(1).box());
    }

    @Test
    void theIdAloneIsUsedWhereTheNameDoesNotFit() {
        // A 60 × 60 px plot: a 100-px label (id and name) fits nowhere, the 20-px id right of the marker does.
        List<MapChart.Spot> spots = List.of(new MapChart.Spot(30, 30, 5, Double.NaN));
        List<List<double[]>> texts = List.of(List.of(new double[] {100, 15}, new double[] {20, 15}));
        MapChart.Placed p = MapChart.placeLabels(spots, texts, new Rectangle2D.Double(0, 0, 60, 60)).get(0);
        assertEquals(1, p.text());
        assertEquals(new Rectangle2D.Double(38, 22.5, 20, 15), p.box());
    }

    @Test
    void aGridKeepsItsColourAcrossTheMapsOfAStudy() {
        // This map has grid G only; in the study's order G comes second, so it takes the second colour.
        MapChart.Drawing d = MapChart.draw(crowdedZone(), ChartText.in(Locale.ENGLISH), List.of("West", "G"));
        assertEquals(ChartFiles.PALETTE[1], d.chart().getSeriesMap().get("grid G").getMarkerColor());
        // Alone, it takes the first.
        MapChart.Drawing alone = MapChart.draw(crowdedZone(), ChartText.in(Locale.ENGLISH));
        assertEquals(ChartFiles.PALETTE[0], alone.chart().getSeriesMap().get("grid G").getMarkerColor());
    }
}

package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.tiercare.text.Messages;

/**
 * {@code map}: the grid layout on its coordinates (km, equal scale on both axes). Zones are translucent
 * circles coloured by grid with area ∝ residents; facilities are markers shaped by tier, filled with their
 * grid's colour, area ∝ load; lead hospitals carry a black ring; referral flows are arrows from facility to
 * facility with width ∝ volume; outreach tours are dashed polylines. xchart draws the axes, title and
 * legend (from data-less series); the map itself is one annotation layer, because xchart sizes markers per
 * series, not per point. Words as in {@link Charts}; facility and grid ids are drawn as given.
 */
public final class MapChart {
    private MapChart() {}

    static final int WIDTH = 1000, HEIGHT = 780;
    static final double ZONE_MAX_DIAMETER = 56, ZONE_MIN_DIAMETER = 8;
    static final double FACILITY_MIN = 10, FACILITY_MAX = 30;
    static final double FLOW_MAX_WIDTH = 9;
    static final Color FLOW = new Color(0xC0392B);
    static final Color TOUR = new Color(0x333333);

    /** Writes {@code map.png} and {@code map.svg} in the process's language. */
    public static ChartImage write(Path folder, MapData data) throws IOException {
        return write(folder, data, Messages.current());
    }

    /** Writes {@code map.png} and {@code map.svg}, worded for {@code locale} if the chart font can draw it. */
    public static ChartImage write(Path folder, MapData data, Locale locale) throws IOException {
        ChartText t = ChartText.forDrawing(locale);
        return ChartFiles.save(build(data, t), folder, "map", t.locale(), l -> words(data, ChartText.in(l)));
    }

    static ChartImage.Words words(MapData data, ChartText t) {
        String title = data.layout() != null ? t.get("chart.map.titleLayout", data.layout()) : t.get("chart.map.title");
        String load = data.loadLabel() == null ? t.get("chart.map.load")
                : MetricFormat.metric(data.loadLabel()).isPresent() ? t.metric(data.loadLabel()) : data.loadLabel();
        String key = "chart.map.caption" + (data.flows().isEmpty() ? "" : "Flows") + (data.tours().isEmpty() ? "" : "Tours");
        return new ChartImage.Words(title, t.get(key, load));
    }

    static XYChart build(MapData data) { return build(data, ChartText.forDrawing(Messages.current())); }

    static XYChart build(MapData data, ChartText t) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(words(data, t).title())
                .xAxisTitle(t.get("chart.map.x")).yAxisTitle(t.get("chart.map.y")).build();
        ChartFiles.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setMarkerSize(14);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);

        Map<String, Color> gridColors = new LinkedHashMap<>();
        for (MapZone z : data.zones()) gridColors.computeIfAbsent(z.grid(), g -> ChartFiles.color(gridColors.size()));
        for (MapFacility f : data.facilities()) gridColors.computeIfAbsent(f.grid(), g -> ChartFiles.color(gridColors.size()));

        double[] box = bounds(data);
        XYSeries frame = chart.addSeries(" ", new double[] {box[0], box[1]}, new double[] {box[2], box[3]});
        frame.setMarker(SeriesMarkers.NONE).setShowInLegend(false);

        for (Map.Entry<String, Color> e : gridColors.entrySet()) {
            legendEntry(chart, t.get("chart.map.grid", e.getKey())).setMarker(new MapShapes.ZoneMarker(e.getValue())).setMarkerColor(e.getValue());
        }
        Set<String> tiers = new LinkedHashSet<>();
        for (String tier : Charts.TIER_ORDER) {
            if (data.facilities().stream().anyMatch(f -> f.tier().equals(tier))) tiers.add(tier);
        }
        for (MapFacility f : data.facilities()) tiers.add(f.tier());
        for (String tier : tiers) legendEntry(chart, t.tier(tier, true)).setMarker(new MapShapes.LegendMarker(tier, false));
        if (data.facilities().stream().anyMatch(MapFacility::lead)) {
            legendEntry(chart, t.get("chart.map.lead")).setMarker(new MapShapes.LegendMarker("tertiary", true));
        }
        if (!data.flows().isEmpty()) {
            XYSeries s = legendEntry(chart, t.get("chart.map.flow"));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE).setLineColor(FLOW).setLineStyle(new BasicStroke(4f));
        }
        if (!data.tours().isEmpty()) {
            XYSeries s = legendEntry(chart, t.get("chart.map.tour"));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE).setLineColor(TOUR).setLineStyle(dashed(2f));
        }
        chart.addAnnotation(new Layer(data, gridColors));
        equalScale(chart, box);
        return chart;
    }

    private static XYSeries legendEntry(XYChart chart, String name) {
        // A series with no drawable point: it only shows in the legend.
        XYSeries s = chart.addSeries(name, new double[] {0}, new double[] {Double.NaN});
        s.setMarkerColor(Color.GRAY);
        return s;
    }

    /** xmin, xmax, ymin, ymax of everything drawn, padded so zone circles stay inside. */
    static double[] bounds(MapData d) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (MapZone z : d.zones()) {
            x0 = Math.min(x0, z.x()); x1 = Math.max(x1, z.x()); y0 = Math.min(y0, z.y()); y1 = Math.max(y1, z.y());
        }
        for (MapFacility f : d.facilities()) {
            x0 = Math.min(x0, f.x()); x1 = Math.max(x1, f.x()); y0 = Math.min(y0, f.y()); y1 = Math.max(y1, f.y());
        }
        if (!Double.isFinite(x0)) return new double[] {0, 10, 0, 10};
        double pad = Math.max(1, 0.08 * Math.max(x1 - x0, y1 - y0));
        return new double[] {x0 - pad, x1 + pad, y0 - pad, y1 + pad};
    }

    /** Widens one axis so a km is as long across as up: paint once, measure, adjust, twice over. */
    private static void equalScale(XYChart chart, double[] box) {
        double x0 = box[0], x1 = box[1], y0 = box[2], y1 = box[3];
        for (int pass = 0; pass < 3; pass++) {
            chart.getStyler().setXAxisMin(x0).setXAxisMax(x1).setYAxisMin(y0).setYAxisMax(y1);
            BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            chart.paint(g, chart.getWidth(), chart.getHeight());
            g.dispose();
            double w = Math.abs(chart.getScreenXFromChart(x1) - chart.getScreenXFromChart(x0));
            double h = Math.abs(chart.getScreenYFromChart(y1) - chart.getScreenYFromChart(y0));
            double pxX = w / (x1 - x0), pxY = h / (y1 - y0);
            if (Math.abs(pxX - pxY) / Math.max(pxX, pxY) < 0.01) break;
            if (pxX > pxY) {
                double half = w / pxY / 2, c = (x0 + x1) / 2;
                x0 = c - half; x1 = c + half;
            } else {
                double half = h / pxX / 2, c = (y0 + y1) / 2;
                y0 = c - half; y1 = c + half;
            }
        }
        chart.getStyler().setXAxisMin(x0).setXAxisMax(x1).setYAxisMin(y0).setYAxisMax(y1);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);
    }

    static Color translucent(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }

    /** Draws zones, flows, tours and facilities (in that order) in data coordinates, clipped to the plot. */
    private static final class Layer extends Annotation {
        private final MapData data;
        private final Map<String, Color> gridColors;

        Layer(MapData data, Map<String, Color> gridColors) {
            super(false);
            this.data = data;
            this.gridColors = gridColors;
        }

        private double sx(double x) { return chart.getScreenXFromChart(x); }

        private double sy(double y) { return chart.getScreenYFromChart(y); }

        @Override
        public void paint(Graphics2D g) {
            int x0 = getXAxisScreenValueForMin(), x1 = getXAxisScreenValueForMax();
            int y0 = getYAxisScreenValueForMax(), y1 = getYAxisScreenValueForMin();
            bounds = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            Shape oldClip = g.getClip();
            java.awt.Stroke oldStroke = g.getStroke();
            g.clip(bounds);
            zones(g);
            Map<String, MapFacility> byId = new HashMap<>();
            for (MapFacility f : data.facilities()) byId.put(f.id(), f);
            flows(g, byId);
            tours(g, byId);
            facilities(g);
            g.setClip(oldClip);
            g.setStroke(oldStroke);
        }

        private void zones(Graphics2D g) {
            double max = data.zones().stream().mapToDouble(MapZone::residents).filter(Double::isFinite).max().orElse(0);
            for (MapZone z : data.zones()) {
                double d = max > 0 && z.residents() > 0
                        ? Math.max(ZONE_MIN_DIAMETER, ZONE_MAX_DIAMETER * Math.sqrt(z.residents() / max)) : ZONE_MIN_DIAMETER;
                Shape c = new Ellipse2D.Double(sx(z.x()) - d / 2, sy(z.y()) - d / 2, d, d);
                Color col = gridColors.getOrDefault(z.grid(), Color.GRAY);
                g.setColor(translucent(col, 70));
                g.fill(c);
                g.setColor(translucent(col, 200));
                g.setStroke(new BasicStroke(1f));
                g.draw(c);
            }
        }

        private void flows(Graphics2D g, Map<String, MapFacility> byId) {
            double max = data.flows().stream().mapToDouble(MapFlow::volume).filter(Double::isFinite).max().orElse(0);
            if (max <= 0) return;
            for (MapFlow f : data.flows()) {
                MapFacility a = byId.get(f.fromId()), b = byId.get(f.toId());
                if (a == null || b == null || a == b || !(f.volume() > 0)) continue;
                float w = (float) Math.max(1, FLOW_MAX_WIDTH * f.volume() / max);
                double ax = sx(a.x()), ay = sy(a.y()), bx = sx(b.x()), by = sy(b.y());
                double len = Math.hypot(bx - ax, by - ay);
                if (len < 1) continue;
                // Shift right of the direction of travel so flows up and down between two facilities sit side by side.
                double nx = -(by - ay) / len, ny = (bx - ax) / len, off = w / 2 + 1.5;
                ax += nx * off; ay += ny * off; bx += nx * off; by += ny * off;
                g.setColor(translucent(FLOW, 170));
                g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(ax, ay, bx, by));
                // Arrowhead a little past the middle.
                double mx = ax + (bx - ax) * 0.6, my = ay + (by - ay) * 0.6;
                double ux = (bx - ax) / len, uy = (by - ay) / len, head = 7 + w;
                Path2D.Double arrow = new Path2D.Double();
                arrow.moveTo(mx + ux * head / 2, my + uy * head / 2);
                arrow.lineTo(mx - ux * head / 2 + nx * head / 2, my - uy * head / 2 + ny * head / 2);
                arrow.lineTo(mx - ux * head / 2 - nx * head / 2, my - uy * head / 2 - ny * head / 2);
                arrow.closePath();
                g.setColor(FLOW);
                g.fill(arrow);
            }
        }

        private void tours(Graphics2D g, Map<String, MapFacility> byId) {
            g.setColor(TOUR);
            g.setStroke(dashed(2f));
            for (MapTour t : data.tours()) {
                Path2D.Double p = new Path2D.Double();
                boolean started = false;
                for (String id : t.facilityIds()) {
                    MapFacility f = byId.get(id);
                    if (f == null) continue;
                    if (started) p.lineTo(sx(f.x()), sy(f.y()));
                    else p.moveTo(sx(f.x()), sy(f.y()));
                    started = true;
                }
                if (started) g.draw(p);
            }
        }

        private void facilities(Graphics2D g) {
            double max = data.facilities().stream().mapToDouble(MapFacility::load).filter(Double::isFinite).max().orElse(0);
            boolean labelAll = data.facilities().size() <= 30;
            g.setFont(new Font(ChartFiles.FONT, Font.BOLD, 12));
            // Small ones last, so they are not hidden under big hospitals.
            List<MapFacility> order = data.facilities().stream()
                    .sorted((a, b) -> Double.compare(size(b, max), size(a, max))).toList();
            for (MapFacility f : order) {
                double s = size(f, max), cx = sx(f.x()), cy = sy(f.y());
                MapShapes.paintFacility(g, f.tier(), cx, cy, s, gridColors.getOrDefault(f.grid(), Color.GRAY));
                if (f.lead()) MapShapes.paintLeadRing(g, cx, cy, s);
            }
            for (MapFacility f : order) {
                if (!labelAll && !f.lead() && !f.tier().equals("tertiary") && !f.tier().equals("secondary")) continue;
                double s = size(f, max), cx = sx(f.x()), cy = sy(f.y());
                float tx = (float) (cx + s / 2 + (f.lead() ? 8 : 3)), ty = (float) (cy - s / 2);
                g.setColor(new Color(255, 255, 255, 200));
                Rectangle2D tb = g.getFontMetrics().getStringBounds(f.id(), g);
                g.fill(new Rectangle2D.Double(tx - 1, ty + tb.getY(), tb.getWidth() + 2, tb.getHeight()));
                g.setColor(new Color(0x111111));
                g.drawString(f.id(), tx, ty);
            }
        }

        private static double size(MapFacility f, double max) {
            if (!(max > 0) || !Double.isFinite(f.load()) || f.load() <= 0) return FACILITY_MIN;
            return FACILITY_MIN + (FACILITY_MAX - FACILITY_MIN) * Math.sqrt(f.load() / max);
        }
    }
}

package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code map}: the grid layout on its coordinates (km, equal scale on both axes), the axes cropped to the
 * zones and facilities with a small margin; the chart's height (and, for a tall district, its width) follows
 * the district's shape so that cropping and equal scale agree. Zones are translucent circles coloured by
 * grid with area ∝ residents; facilities are markers shaped by tier, filled with their grid's colour,
 * area ∝ load; lead hospitals carry a black ring; facilities standing at the same point (those without
 * coordinates of their own stand at their zone's) are fanned out around it on thin spokes; referral flows
 * are arrows from facility to facility with width ∝ volume; outreach tours are dashed polylines. Labels
 * (id, and the facility's name when short) are placed where they overlap no other label or marker,
 * further out on a leader line when the places next to the marker are taken. xchart draws the axes, title
 * and legend (from data-less series); the map itself is one annotation layer, because xchart sizes markers
 * per series, not per point. Words as in {@link Charts}; facility, grid and variant ids are drawn as given.
 */
public final class MapChart {
    private MapChart() {}

    /** Nominal size limits; the height is fitted to the district's shape between them. */
    static final int WIDTH = 1200, MIN_WIDTH = 720, MIN_HEIGHT = 420, MAX_HEIGHT = 860;
    /** Margin round the data, as a share of its larger span, and at least this many km. */
    static final double MARGIN_SHARE = 0.06, MIN_MARGIN_KM = 0.5;
    static final double ZONE_MAX_DIAMETER = 56, ZONE_MIN_DIAMETER = 8;
    static final double FACILITY_MIN = 10, FACILITY_MAX = 30;
    static final double FLOW_MAX_WIDTH = 9;
    static final Color FLOW = new Color(0xC0392B);
    static final Color TOUR = new Color(0x333333);
    static final Color LEADER = new Color(0x555555);
    static final int LABEL_SIZE = 12;
    static final Font LABEL_ID = new Font(ChartFiles.FONT, Font.BOLD, LABEL_SIZE);
    static final Font LABEL_NAME = new Font(ChartFiles.FONT, Font.PLAIN, LABEL_SIZE);
    /** A name is drawn beside the id up to this width, counting a CJK character as two. */
    static final int NAME_MAX_UNITS = 20;
    /** Extra distance of each ring of label places, the first next to the marker (px). */
    static final double[] LABEL_GAPS = {3, 16, 32, 52, 76};
    /** How many of those rings count as next to the marker, where a shorter text is tried before going further out. */
    static final int NEAR_RINGS = 2;

    /** Text is measured in a fixed context so labels land in the same places in the PNG and the SVG. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Writes {@code map.png} and {@code map.svg} in the process's language. */
    public static ChartImage write(Path folder, MapData data) throws IOException {
        return write(folder, data, "map", Messages.documents());
    }

    /** Writes {@code map.png} and {@code map.svg}, worded for {@code locale} if the chart font can draw it. */
    public static ChartImage write(Path folder, MapData data, Locale locale) throws IOException {
        return write(folder, data, "map", locale);
    }

    /** Writes {@code <name>.png} and {@code <name>.svg}, worded for {@code locale} if the chart font can draw it. */
    public static ChartImage write(Path folder, MapData data, String name, Locale locale) throws IOException {
        return write(folder, data, name, locale, List.of());
    }

    /**
     * Writes {@code <name>.png} and {@code <name>.svg}; grid number i of {@code gridOrder} takes colour i, so that
     * several maps of one study colour a grid alike (grids not in it follow in the order they appear).
     */
    public static ChartImage write(Path folder, MapData data, String name, Locale locale, List<String> gridOrder)
            throws IOException {
        ChartText t = ChartText.forDrawing(locale);
        return ChartFiles.save(draw(data, t, gridOrder).chart(), folder, name, t.locale(), ChartText.words(w -> words(data, w)));
    }

    /** The grids of {@code data} in the order they first appear, zones before facilities. */
    public static List<String> grids(MapData data) {
        Set<String> grids = new LinkedHashSet<>();
        data.zones().forEach(z -> grids.add(z.grid()));
        data.facilities().forEach(f -> grids.add(f.grid()));
        return List.copyOf(grids);
    }

    static ChartImage.Words words(MapData data, ChartText t) {
        String title;
        // A variant named after the layout it selects (three-grids on layout three-grids) is named once.
        if (data.variant() != null && !data.variant().equals(data.layout())) {
            title = data.layout() != null ? t.get("chart.map.titleVariant", data.layout(), data.variant())
                    : t.get("chart.map.titleVariantOnly", data.variant());
        } else {
            title = data.layout() != null ? t.get("chart.map.titleLayout", data.layout()) : t.get("chart.map.title");
        }
        String load = data.loadLabel() == null ? t.get("chart.map.load")
                : MetricFormat.metric(data.loadLabel()).isPresent() ? t.metric(data.loadLabel()) : data.loadLabel();
        String key = "chart.map.caption" + (data.flows().isEmpty() ? "" : "Flows") + (data.tours().isEmpty() ? "" : "Tours");
        String caption = t.get(key, load);
        if (data.variant() != null) {
            String which = data.layout() != null ? t.get("chart.map.ofVariant", data.variant(), data.layout())
                    : t.get("chart.map.ofVariantOnly", data.variant());
            caption = t.get("chart.map.sentences", which, caption);
        }
        return new ChartImage.Words(title, caption);
    }

    static XYChart build(MapData data) { return build(data, ChartText.forDrawing(Messages.documents())); }

    static XYChart build(MapData data, ChartText t) { return draw(data, t).chart; }

    /** The chart and its map layer, which remembers where it put the labels when last painted. */
    record Drawing(XYChart chart, Layer layer) {}

    static Drawing draw(MapData data, ChartText t) { return draw(data, t, List.of()); }

    static Drawing draw(MapData data, ChartText t, List<String> gridOrder) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(MAX_HEIGHT).title(words(data, t).title())
                .xAxisTitle(t.get("chart.map.x")).yAxisTitle(t.get("chart.map.y")).build();
        ChartFiles.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setMarkerSize(14);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        // The axes end where the margin ends (xchart otherwise adds 4 % on each side).
        chart.getStyler().setPlotContentSize(1.0);

        Map<String, Color> gridColors = new LinkedHashMap<>();
        int unordered = gridOrder.size();
        for (String grid : grids(data)) {
            int i = gridOrder.indexOf(grid);
            gridColors.put(grid, ChartFiles.color(i >= 0 ? i : unordered++));
        }

        double[] box = bounds(data);
        XYSeries frame = chart.addSeries(" ", new double[] {box[0], box[1]}, new double[] {box[2], box[3]});
        frame.setMarker(SeriesMarkers.NONE).setShowInLegend(false);

        ChartText lt = t.stacked();
        for (Map.Entry<String, Color> e : gridColors.entrySet()) {
            legendEntry(chart, lt.get("chart.map.grid", e.getKey())).setMarker(new MapShapes.ZoneMarker(e.getValue())).setMarkerColor(e.getValue());
        }
        Set<String> tiers = new LinkedHashSet<>();
        for (String tier : Charts.TIER_ORDER) {
            if (data.facilities().stream().anyMatch(f -> f.tier().equals(tier))) tiers.add(tier);
        }
        for (MapFacility f : data.facilities()) tiers.add(f.tier());
        for (String tier : tiers) {
            legendEntry(chart, lt.tier(tier, true)).setMarker(new MapShapes.LegendMarker(tier, false));
        }
        if (data.facilities().stream().anyMatch(MapFacility::lead)) {
            legendEntry(chart, lt.get("chart.map.lead")).setMarker(new MapShapes.LegendMarker("tertiary", true));
        }
        if (!data.flows().isEmpty()) {
            XYSeries s = legendEntry(chart, lt.get("chart.map.flow"));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE).setLineColor(FLOW).setLineStyle(new BasicStroke(4f));
        }
        if (!data.tours().isEmpty()) {
            XYSeries s = legendEntry(chart, lt.get("chart.map.tour"));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE).setLineColor(TOUR).setLineStyle(dashed(2f));
        }
        Layer layer = new Layer(data, gridColors);
        chart.addAnnotation(layer);
        // A bilingual entry takes two lines.
        int legend = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .mapToInt(x -> legendHeight(x.getName().split("\n", -1).length)).sum();
        fit(chart, box, legend);
        return new Drawing(chart, layer);
    }

    private static XYSeries legendEntry(XYChart chart, String name) {
        // A series with no drawable point: it only shows in the legend.
        XYSeries s = chart.addSeries(name, new double[] {0}, new double[] {Double.NaN});
        s.setMarkerColor(Color.GRAY);
        return s;
    }

    /**
     * xmin, xmax, ymin, ymax of the zones' and facilities' points, plus a margin of {@link #MARGIN_SHARE} of
     * the larger span (at least {@link #MIN_MARGIN_KM}) on every side, room for zone circles and labels.
     */
    static double[] bounds(MapData d) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (MapZone z : d.zones()) {
            if (!Double.isFinite(z.x()) || !Double.isFinite(z.y())) continue;
            x0 = Math.min(x0, z.x()); x1 = Math.max(x1, z.x()); y0 = Math.min(y0, z.y()); y1 = Math.max(y1, z.y());
        }
        for (MapFacility f : d.facilities()) {
            if (!Double.isFinite(f.x()) || !Double.isFinite(f.y())) continue;
            x0 = Math.min(x0, f.x()); x1 = Math.max(x1, f.x()); y0 = Math.min(y0, f.y()); y1 = Math.max(y1, f.y());
        }
        if (!Double.isFinite(x0)) return new double[] {0, 10, 0, 10};
        double pad = Math.max(MIN_MARGIN_KM, MARGIN_SHARE * Math.max(x1 - x0, y1 - y0));
        return new double[] {x0 - pad, x1 + pad, y0 - pad, y1 + pad};
    }

    /** Height the vertical legend needs: about 28 px an entry (13-px text, 16-px padding) and the title above. */
    /** The height (px) of a legend entry of so many lines. */
    private static int legendHeight(int lines) { return 28 + 20 * (lines - 1); }

    /**
     * Sizes the chart to the box's shape: measures the plot, takes the largest scale at which the box fits within
     * the size limits, and gives the chart just the height (or, when the box is tall, the width) the box needs at
     * that scale; again, since the axes' tick labels, and so the plot's insets, change with the size. What the
     * limits or the legend leave over widens the shorter axis (equal scale).
     */
    private static void fit(XYChart chart, double[] box, int legendHeight) {
        double bw = box[1] - box[0], bh = box[3] - box[2];
        int minHeight = Math.max(MIN_HEIGHT, legendHeight + 90);
        int w = WIDTH, h = MAX_HEIGHT;
        for (int pass = 0; pass < 4; pass++) {
            double[] plot = measure(chart, box, w, h);
            double insetW = w - plot[0], insetH = h - plot[1];
            double scale = Math.min((WIDTH - insetW) / bw, (MAX_HEIGHT - insetH) / bh);
            int nh = (int) Math.round(Math.max(minHeight, Math.min(MAX_HEIGHT, insetH + bh * scale)));
            int nw = (int) Math.round(Math.max(MIN_WIDTH, Math.min(WIDTH, insetW + bw * scale)));
            if (nh == h && nw == w) break;
            w = nw;
            h = nh;
        }
        equalScale(chart, box, w, h);
    }

    /** Paints {@code chart} at w × h with the axes on {@code box} and returns the plot's width and height (px). */
    private static double[] measure(XYChart chart, double[] box, int w, int h) {
        chart.getStyler().setXAxisMin(box[0]).setXAxisMax(box[1]).setYAxisMin(box[2]).setYAxisMax(box[3]);
        BufferedImage scratch = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        chart.paint(g, w, h);
        g.dispose();
        return new double[] {Math.abs(chart.getScreenXFromChart(box[1]) - chart.getScreenXFromChart(box[0])),
                Math.abs(chart.getScreenYFromChart(box[3]) - chart.getScreenYFromChart(box[2]))};
    }

    /** Widens one axis so a km is as long across as up: paint once at w × h, measure, adjust, a few times over. */
    private static void equalScale(XYChart chart, double[] box, int w, int h) {
        double x0 = box[0], x1 = box[1], y0 = box[2], y1 = box[3];
        for (int pass = 0; pass < 4; pass++) {
            double[] plot = measure(chart, new double[] {x0, x1, y0, y1}, w, h);
            double pxX = plot[0] / (x1 - x0), pxY = plot[1] / (y1 - y0);
            if (Math.abs(pxX - pxY) / Math.max(pxX, pxY) < 0.005) break;
            // Only ever widen, around the data's own centre, so the data stays inside.
            if (pxX > pxY) {
                double half = plot[0] / pxY / 2, c = (box[0] + box[1]) / 2;
                x0 = c - half; x1 = c + half;
            } else {
                double half = plot[1] / pxX / 2, c = (box[2] + box[3]) / 2;
                y0 = c - half; y1 = c + half;
            }
        }
        // Ends as measured: the last paint set the chart's size to w × h.
        chart.getStyler().setXAxisMin(x0).setXAxisMax(x1).setYAxisMin(y0).setYAxisMax(y1);
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);
    }

    static Color translucent(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }

    /** The label of a facility: its id, and its name when the name is short and the label font can draw it. */
    static String labelName(MapFacility f) {
        String n = f.name();
        if (n == null || n.equals(f.id()) || LABEL_NAME.canDisplayUpTo(n) != -1) return null;
        int units = 0;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            // CJK and other wide scripts take about two Latin letters' room.
            units += cp >= 0x2E80 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return units <= NAME_MAX_UNITS ? n : null;
    }

    /** A facility's marker on screen: centre, the radius of what is drawn there, and the direction its label prefers. */
    record Spot(double cx, double cy, double r, double preferredAngle) {}

    /** Sides a label may take (x, y; screen y grows downwards) in the default order: right, left, the diagonals, above, below. */
    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0.7071, -0.7071}, {0.7071, 0.7071},
            {-0.7071, -0.7071}, {-0.7071, 0.7071}, {0, -1}, {0, 1}};

    /** Where a label went: its box, and which of its texts fits there (0 the full one, 1 the id alone...). */
    record Placed(Rectangle2D box, int text) {}

    /**
     * Places a label beside each spot, in the order given (the most important first); {@code texts.get(i)} holds
     * the sizes (width, height) of spot i's possible texts, the preferred first (id and name, then id alone). A
     * place is free when the box stays inside {@code area} and overlaps no marker and no label placed before. The
     * search takes the first free place: next to the marker (the first {@link #NEAR_RINGS} rings, every direction,
     * the preferred direction first) with the full text, then with each shorter text, then further out on a
     * leader line, full text first; failing all, the place that overlaps least. A spot without texts is only an
     * obstacle (its entry is null).
     */
    static List<Placed> placeLabels(List<Spot> spots, List<List<double[]>> texts, Rectangle2D area) {
        List<Placed> placed = new ArrayList<>();
        List<Rectangle2D> markers = new ArrayList<>();
        for (Spot s : spots) markers.add(new Rectangle2D.Double(s.cx() - s.r(), s.cy() - s.r(), 2 * s.r(), 2 * s.r()));
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            List<double[]> alternatives = texts.get(i);
            if (alternatives.isEmpty()) {
                placed.add(null);
                continue;
            }
            Placed best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            search:
            for (int[] rings : new int[][] {{0, NEAR_RINGS}, {NEAR_RINGS, LABEL_GAPS.length}}) {
                for (int a = 0; a < alternatives.size(); a++) {
                    double w = alternatives.get(a)[0], h = alternatives.get(a)[1];
                    for (int ring = rings[0]; ring < rings[1]; ring++) {
                        for (double[] d : directions(s.preferredAngle())) {
                            Rectangle2D box = boxAt(s, d, LABEL_GAPS[ring], w, h);
                            // Cut off by the plot's edge is worst, then covering another label, then covering a marker.
                            double cost = area.contains(box) ? 0 : 50 + 4 * (w * h - area(box.createIntersection(area)));
                            for (Placed p : placed) {
                                if (p != null) cost += 3 * overlap(box, p.box());
                            }
                            for (int k = 0; k < markers.size(); k++) {
                                if (k != i) cost += overlap(box, markers.get(k));
                            }
                            if (cost == 0) {
                                best = new Placed(box, a);
                                break search;
                            }
                            // When nothing is free, prefer the near places and the full text among equally bad ones.
                            cost += LABEL_GAPS[ring] + a;
                            if (cost < bestCost) {
                                bestCost = cost;
                                best = new Placed(box, a);
                            }
                        }
                    }
                }
            }
            placed.add(best);
        }
        return placed;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        // Boxes that merely touch do not collide; one pixel of air keeps neighbouring labels apart.
        Rectangle2D grown = new Rectangle2D.Double(b.getX() - 1, b.getY() - 1, b.getWidth() + 2, b.getHeight() + 2);
        return a.intersects(grown) ? Math.max(1, area(a.createIntersection(grown))) : 0;
    }

    private static double area(Rectangle2D r) { return r.isEmpty() ? 0 : r.getWidth() * r.getHeight(); }

    /** The eight directions, the one nearest the preferred angle first (default order when there is none). */
    private static List<double[]> directions(double preferred) {
        List<double[]> ds = new ArrayList<>(List.of(DIRECTIONS));
        if (Double.isNaN(preferred)) return ds;
        ds.sort(Comparator.comparingDouble(d -> {
            double diff = Math.abs(Math.atan2(d[1], d[0]) - preferred) % (2 * Math.PI);
            return Math.min(diff, 2 * Math.PI - diff);
        }));
        return ds;
    }

    /** The box of w × h on the side {@code d} of the spot, {@code gap} px beyond its marker. */
    private static Rectangle2D boxAt(Spot s, double[] d, double gap, double w, double h) {
        double px = s.cx() + d[0] * (s.r() + gap), py = s.cy() + d[1] * (s.r() + gap);
        double x = d[0] > 0.1 ? px : d[0] < -0.1 ? px - w : px - w / 2;
        double y = d[1] > 0.1 ? py : d[1] < -0.1 ? py - h : py - h / 2;
        return new Rectangle2D.Double(x, y, w, h);
    }

    /** Draws zones, spokes, flows, tours, facilities and labels (in that order) in data coordinates, clipped to the plot. */
    static final class Layer extends Annotation {
        private final MapData data;
        private final Map<String, Color> gridColors;
        /** Where each label went at the last paint (screen px at nominal size), by facility id. */
        private final Map<String, Rectangle2D> labels = new LinkedHashMap<>();

        Layer(MapData data, Map<String, Color> gridColors) {
            super(false);
            this.data = data;
            this.gridColors = gridColors;
        }

        Map<String, Rectangle2D> labels() { return Map.copyOf(labels); }

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
            double max = data.facilities().stream().mapToDouble(MapFacility::load).filter(Double::isFinite).max().orElse(0);
            Map<String, Spot> at = spots(max);
            zones(g);
            spokes(g, at);
            flows(g, at);
            tours(g, at);
            facilities(g, at, max);
            labels(g, at, max);
            g.setClip(oldClip);
            g.setStroke(oldStroke);
        }

        /**
         * Where each facility's marker goes. Facilities sharing a point are fanned out on a circle round it,
         * just wide enough that neighbours do not touch, the largest at the top; their labels prefer to point
         * away from the point.
         */
        private Map<String, Spot> spots(double max) {
            Map<List<Double>, List<MapFacility>> byPoint = new LinkedHashMap<>();
            for (MapFacility f : data.facilities()) byPoint.computeIfAbsent(List.of(f.x(), f.y()), k -> new ArrayList<>()).add(f);
            Map<String, Spot> at = new HashMap<>();
            for (List<MapFacility> group : byPoint.values()) {
                MapFacility first = group.get(0);
                double cx = sx(first.x()), cy = sy(first.y());
                if (group.size() == 1) {
                    at.put(first.id(), new Spot(cx, cy, reach(first, max), Double.NaN));
                    continue;
                }
                List<MapFacility> order = group.stream().sorted(Comparator.comparingDouble(f -> -size(f, max))).toList();
                double widest = order.stream().mapToDouble(f -> reach(f, max)).max().orElse(FACILITY_MIN);
                int n = order.size();
                double radius = (widest + 1.5) / Math.sin(Math.PI / n);
                for (int k = 0; k < n; k++) {
                    double angle = -Math.PI / 2 + 2 * Math.PI * k / n;
                    MapFacility f = order.get(k);
                    at.put(f.id(), new Spot(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), reach(f, max), angle));
                }
            }
            return at;
        }

        /** Half the drawn width of a facility's marker, its lead ring included. */
        private static double reach(MapFacility f, double max) {
            return size(f, max) / 2 + (f.lead() ? 6.5 : 1);
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

        /** A thin spoke from a shared point to each facility fanned out round it, and a dot on the point. */
        private void spokes(Graphics2D g, Map<String, Spot> at) {
            g.setStroke(new BasicStroke(1.2f));
            Set<List<Double>> dotted = new LinkedHashSet<>();
            for (MapFacility f : data.facilities()) {
                Spot s = at.get(f.id());
                if (Double.isNaN(s.preferredAngle())) continue;
                double px = sx(f.x()), py = sy(f.y());
                g.setColor(LEADER);
                g.draw(new Line2D.Double(px, py, s.cx(), s.cy()));
                if (dotted.add(List.of(f.x(), f.y()))) g.fill(new Ellipse2D.Double(px - 2.5, py - 2.5, 5, 5));
            }
        }

        private void flows(Graphics2D g, Map<String, Spot> at) {
            double max = data.flows().stream().mapToDouble(MapFlow::volume).filter(Double::isFinite).max().orElse(0);
            if (max <= 0) return;
            for (MapFlow f : data.flows()) {
                Spot a = at.get(f.fromId()), b = at.get(f.toId());
                if (a == null || b == null || a == b || !(f.volume() > 0)) continue;
                float w = (float) Math.max(1, FLOW_MAX_WIDTH * f.volume() / max);
                double ax = a.cx(), ay = a.cy(), bx = b.cx(), by = b.cy();
                double len = Math.hypot(bx - ax, by - ay);
                if (len < 1) continue;
                // Shift right of the direction of travel so flows up and down between two facilities sit side by side.
                double nx = -(by - ay) / len, ny = (bx - ax) / len, off = w / 2 + 1.5;
                ax += nx * off; ay += ny * off; bx += nx * off; by += ny * off;
                // Small flows fainter: many thin lines (everyone sends a few patients to the provincial centre) would
                // otherwise hide the main ones and the labels.
                double weight = Math.sqrt(f.volume() / max);
                g.setColor(translucent(FLOW, (int) Math.round(55 + 115 * weight)));
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
                g.setColor(translucent(FLOW, (int) Math.round(90 + 165 * weight)));
                g.fill(arrow);
            }
        }

        private void tours(Graphics2D g, Map<String, Spot> at) {
            g.setColor(TOUR);
            g.setStroke(dashed(2f));
            for (MapTour t : data.tours()) {
                Path2D.Double p = new Path2D.Double();
                boolean started = false;
                for (String id : t.facilityIds()) {
                    Spot s = at.get(id);
                    if (s == null) continue;
                    if (started) p.lineTo(s.cx(), s.cy());
                    else p.moveTo(s.cx(), s.cy());
                    started = true;
                }
                if (started) g.draw(p);
            }
        }

        /** Small ones last, so they are not hidden under big hospitals. */
        private List<MapFacility> bySizeDescending(double max) {
            return data.facilities().stream().sorted((a, b) -> Double.compare(size(b, max), size(a, max))).toList();
        }

        private void facilities(Graphics2D g, Map<String, Spot> at, double max) {
            for (MapFacility f : bySizeDescending(max)) {
                Spot s = at.get(f.id());
                double size = size(f, max);
                MapShapes.paintFacility(g, f.tier(), s.cx(), s.cy(), size, gridColors.getOrDefault(f.grid(), Color.GRAY));
                if (f.lead()) MapShapes.paintLeadRing(g, s.cx(), s.cy(), size);
            }
        }

        private void labels(Graphics2D g, Map<String, Spot> at, double max) {
            boolean labelAll = data.facilities().size() <= 30;
            // Lead hospitals, then hospitals, then the rest by size: the important labels get the best places.
            List<MapFacility> order = bySizeDescending(max).stream()
                    .filter(f -> labelAll || f.lead() || f.tier().equals("tertiary") || f.tier().equals("secondary"))
                    .sorted(Comparator.comparingInt(f -> f.lead() ? 0 : f.tier().equals("tertiary") || f.tier().equals("secondary") ? 1 : 2))
                    .toList();
            List<Spot> spots = new ArrayList<>();
            List<List<double[]>> texts = new ArrayList<>();
            for (MapFacility f : order) {
                spots.add(at.get(f.id()));
                texts.add(labelName(f) == null ? List.of(labelSize(f, false)) : List.of(labelSize(f, true), labelSize(f, false)));
            }
            // Unlabelled markers are obstacles too: they come last, without texts.
            for (MapFacility f : data.facilities()) {
                if (!order.contains(f)) {
                    spots.add(at.get(f.id()));
                    texts.add(List.of());
                }
            }
            List<Placed> placed = placeLabels(spots, texts, bounds);
            labels.clear();
            // Leader lines first, so that no line runs across a label drawn before it.
            g.setColor(LEADER);
            g.setStroke(new BasicStroke(0.8f));
            for (int i = 0; i < order.size(); i++) {
                Rectangle2D box = placed.get(i).box();
                Spot s = spots.get(i);
                Point2D near = nearest(box, s.cx(), s.cy());
                double dist = near.distance(s.cx(), s.cy());
                if (dist > s.r() + LABEL_GAPS[1] - 2) {
                    // The label had to move away from its marker: a line from the marker's edge to it.
                    double ux = (near.getX() - s.cx()) / dist, uy = (near.getY() - s.cy()) / dist;
                    g.draw(new Line2D.Double(s.cx() + ux * s.r(), s.cy() + uy * s.r(), near.getX(), near.getY()));
                }
            }
            float ascent = LABEL_ID.getLineMetrics("Hg", MEASURE).getAscent();
            for (int i = 0; i < order.size(); i++) {
                MapFacility f = order.get(i);
                Rectangle2D box = placed.get(i).box();
                labels.put(f.id(), box);
                g.setColor(new Color(255, 255, 255, 215));
                g.fill(box);
                float bx = (float) box.getX() + 2, by = (float) box.getY() + 1 + ascent;
                g.setColor(new Color(0x111111));
                g.setFont(LABEL_ID);
                g.drawString(f.id(), bx, by);
                String name = labelName(f);
                if (name != null && placed.get(i).text() == 0) {
                    g.setColor(new Color(0x333333));
                    g.setFont(LABEL_NAME);
                    g.drawString(name, bx + (float) idWidth(f) + 4, by);
                }
            }
        }

        private static double idWidth(MapFacility f) { return LABEL_ID.getStringBounds(f.id(), MEASURE).getWidth(); }

        /** Width and height of a facility's label box: the id in bold, the short name after it if asked, 2 px padding. */
        static double[] labelSize(MapFacility f, boolean withName) {
            double w = idWidth(f);
            String name = labelName(f);
            if (withName && name != null) w += 4 + LABEL_NAME.getStringBounds(name, MEASURE).getWidth();
            var lm = LABEL_ID.getLineMetrics("Hg", MEASURE);
            return new double[] {Math.ceil(w + 4), Math.ceil(lm.getAscent() + lm.getDescent() + 2)};
        }

        private static Point2D nearest(Rectangle2D r, double x, double y) {
            return new Point2D.Double(Math.max(r.getMinX(), Math.min(x, r.getMaxX())), Math.max(r.getMinY(), Math.min(y, r.getMaxY())));
        }

        private static double size(MapFacility f, double max) {
            if (!(max > 0) || !Double.isFinite(f.load()) || f.load() <= 0) return FACILITY_MIN;
            return FACILITY_MIN + (FACILITY_MAX - FACILITY_MIN) * Math.sqrt(f.load() / max);
        }
    }

    /** Paints the drawing once and says where its labels landed (screen px at nominal size), by facility id; for tests. */
    static Map<String, Rectangle2D> labelBoxes(Drawing d) {
        XYChart c = d.chart();
        BufferedImage scratch = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        c.paint(g, c.getWidth(), c.getHeight());
        g.dispose();
        return d.layer().labels();
    }
}

package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/** Facility marker shapes by tier, shared by the map layer and its legend so the two always match. */
final class MapShapes {
    private MapShapes() {}

    /** The marker of {@code tier}, centred on (cx, cy), about {@code size} px across. */
    static Shape shape(String tier, double cx, double cy, double size) {
        double h = size / 2;
        return switch (tier) {
            case "tertiary" -> new Rectangle2D.Double(cx - h * 0.9, cy - h * 0.9, size * 0.9, size * 0.9);
            case "secondary" -> polygon(cx, cy, new double[] {0, -h, h, 0, 0, h, -h, 0});
            case "township" -> polygon(cx, cy, new double[] {0, -h, h, h * 0.75, -h, h * 0.75});
            case "village" -> polygon(cx, cy, new double[] {0, h, h, -h * 0.75, -h, -h * 0.75});
            case "rehab" -> {
                double t = h / 2.6;
                yield polygon(cx, cy, new double[] {-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t});
            }
            default -> new Ellipse2D.Double(cx - h, cy - h, size, size);
        };
    }

    private static Shape polygon(double cx, double cy, double[] xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx + xy[0], cy + xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(cx + xy[i], cy + xy[i + 1]);
        p.closePath();
        return p;
    }

    /** A filled tier shape with a dark outline; the caller's colour fills it. */
    static void paintFacility(Graphics2D g, String tier, double cx, double cy, double size, Color fill) {
        Shape s = shape(tier, cx, cy, size);
        g.setColor(fill);
        g.fill(s);
        g.setColor(new Color(0x222222));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(s);
    }

    /** The ring that marks a lead hospital. */
    static void paintLeadRing(Graphics2D g, double cx, double cy, double size) {
        double r = size / 2 + 5;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    /** Legend marker of a tier (grey) or of the lead-hospital ring. */
    static final class LegendMarker extends Marker {
        private final String tier;
        private final boolean ring;

        LegendMarker(String tier, boolean ring) {
            this.tier = tier;
            this.ring = ring;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            if (ring) {
                paintFacility(g, "tertiary", x, y, size - 2, new Color(0xBBBBBB));
                paintLeadRing(g, x, y, size - 6);
            } else {
                paintFacility(g, tier, x, y, size, new Color(0x999999));
            }
        }
    }

    /** Legend marker of a grid: a translucent disc with an outline, like the zones. */
    static final class ZoneMarker extends Marker {
        private final Color color;

        ZoneMarker(Color color) { this.color = color; }

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Shape s = new Ellipse2D.Double(x - size / 2.0, y - size / 2.0, size, size);
            g.setColor(MapChart.translucent(color, 90));
            g.fill(s);
            g.setColor(color);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(s);
        }
    }
}

package org.tiercare.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/** A translucent band between a lower and an upper curve on an xchart XY chart (a 95 % interval). */
final class ConfidenceBand extends Annotation {
    private final double[] x, low, high;
    private final Color color;

    ConfidenceBand(double[] x, double[] low, double[] high, Color color) {
        super(false);
        this.x = x.clone();
        this.low = low.clone();
        this.high = high.clone();
        this.color = new Color(color.getRed(), color.getGreen(), color.getBlue(), 46);
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || x.length < 2) return;
        Path2D.Double band = new Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            double sx = getXAxisScreenValue(x[i]), sy = getYAxisScreenValue(high[i]);
            if (i == 0) band.moveTo(sx, sy); else band.lineTo(sx, sy);
        }
        for (int i = x.length - 1; i >= 0; i--) band.lineTo(getXAxisScreenValue(x[i]), getYAxisScreenValue(low[i]));
        band.closePath();
        Shape clip = g.getClip();
        g.clip(plotArea());
        g.setColor(color);
        g.fill(band);
        g.setClip(clip);
        bounds = band.getBounds2D();
    }

    private Rectangle2D plotArea() {
        int x0 = getXAxisScreenValueForMin(), x1 = getXAxisScreenValueForMax();
        int y0 = getYAxisScreenValueForMax(), y1 = getYAxisScreenValueForMin();
        return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }
}

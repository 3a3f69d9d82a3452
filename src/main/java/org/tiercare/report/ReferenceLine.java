package org.tiercare.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A horizontal reference line across an xchart plot at a value of the y axis, labelled at its right end (just
 * above the line, inside the plot) so that a reader needs no caption to know what it marks, e.g. "85 %".
 */
final class ReferenceLine extends Annotation {
    static final Color COLOR = new Color(0x777777);
    private final double y;
    private final String label;

    ReferenceLine(double y, String label) {
        super(false);
        this.y = y;
        this.label = label;
    }

    String label() { return label; }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible) return;
        int x0 = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
        int x1 = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
        double sy = getYAxisScreenValue(y);
        g.setColor(COLOR);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.draw(new Line2D.Double(x0, sy, x1, sy));
        Font font = ChartFiles.font(Font.BOLD, 13);
        g.setFont(font);
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D text = font.getStringBounds(label, frc);
        double tx = x1 - text.getWidth() - 4, ty = sy - 4;
        // A white backing keeps the label legible over bars and grid lines.
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(new Rectangle2D.Double(tx - 3, ty - text.getHeight() + 3, text.getWidth() + 6, text.getHeight()));
        g.setColor(COLOR.darker());
        g.drawString(label, (float) tx, (float) ty);
        bounds = new Rectangle2D.Double(x0, sy - text.getHeight(), x1 - x0, text.getHeight());
    }
}

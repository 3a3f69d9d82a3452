package org.tiercare.stats;


/** Time-average of a piecewise-constant quantity (busy doctors, occupied beds, queue length). */
public final class TimeWeighted implements Resettable {
    private double start;
    private double lastTime;
    private double value;
    private double area;
    private double max;

    public TimeWeighted(double startTime) {
        this.start = startTime;
        this.lastTime = startTime;
    }

    public void update(double time, double newValue) {
        area += value * (time - lastTime);
        lastTime = time;
        value = newValue;
        if (newValue > max) max = newValue;
    }

    @Override
    public void reset(double time) {
        start = time;
        lastTime = time;
        area = 0;
        max = value;
    }

    /** Integral of the value from the last reset to {@code time}. */
    public double area(double time) { return area + value * (time - lastTime); }

    public double mean(double time) {
        double span = time - start;
        return span > 0 ? area(time) / span : Double.NaN;
    }

    public double current() { return value; }
    public double max() { return max; }
}

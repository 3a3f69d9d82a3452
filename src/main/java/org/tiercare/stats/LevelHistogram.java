package org.tiercare.stats;

import java.util.Arrays;

/**
 * How long a piecewise-constant integer level (beds in use) spent at each value 0..max: a time-weighted
 * histogram. Memory is one double per level, whatever the run length, which is why the level must be
 * bounded (a ward's bed count).
 */
public final class LevelHistogram implements Resettable {
    private final double[] time;
    private double lastTime;
    private int level;

    /** Level 0 from {@code startTime}; levels may range over 0..{@code max}. */
    public LevelHistogram(double startTime, int max) {
        if (max < 0) throw new IllegalArgumentException("max level " + max + " < 0");
        this.time = new double[max + 1];
        this.lastTime = startTime;
    }

    /** The level becomes {@code newLevel} at {@code t}; updates at the same instant add no time. */
    public void update(double t, int newLevel) {
        // Out of range would mean the resource holds more units than it has: a model error, not data to clamp.
        if (newLevel < 0 || newLevel >= time.length) {
            throw new IllegalArgumentException("level " + newLevel + " outside 0.." + (time.length - 1));
        }
        time[level] += t - lastTime;
        lastTime = t;
        level = newLevel;
    }

    /** Forgets the time spent so far (end of the warm-up); the current level carries on. */
    @Override
    public void reset(double t) {
        Arrays.fill(time, 0);
        lastTime = t;
    }

    /** Hours spent at each level 0..max from the last reset to {@code t}. */
    public double[] hoursAt(double t) {
        double[] out = time.clone();
        out[level] += t - lastTime;
        return out;
    }

    /** The highest level this histogram can hold. */
    public int max() { return time.length - 1; }

    public int current() { return level; }
}

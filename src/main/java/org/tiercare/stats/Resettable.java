package org.tiercare.stats;

/** A statistic that forgets everything observed before {@code time} (the end of the warm-up). */
public interface Resettable {
    void reset(double time);
}

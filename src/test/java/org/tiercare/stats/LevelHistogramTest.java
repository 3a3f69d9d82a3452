package org.tiercare.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelHistogramTest {
    @Test
    void timeAtEachLevelOnHandExampleIncludingReset() {
        LevelHistogram h = new LevelHistogram(0, 3);
        h.update(1, 2); // 0 on [0,1)
        h.update(4, 3); // 2 on [1,4)
        h.update(4, 1); // 3 for no time: same instant
        // 1 on [4,6)
        assertArrayEquals(new double[] {1, 2, 3, 0}, h.hoursAt(6), 1e-12);
        assertEquals(1, h.current());

        h.reset(5); // forgets [0,5) but keeps the current level 1
        h.update(7, 0); // 1 on [5,7)
        assertArrayEquals(new double[] {3, 2, 0, 0}, h.hoursAt(10), 1e-12);
        double total = 0;
        for (double x : h.hoursAt(10)) total += x;
        assertEquals(5.0, total, 1e-12, "the hours add up to the time since the reset");
    }

    @Test
    void aLevelBeyondTheBoundIsAnError() {
        LevelHistogram h = new LevelHistogram(0, 2);
        assertThrows(IllegalArgumentException.class, () -> h.update(1, 3));
        assertThrows(IllegalArgumentException.class, () -> h.update(1, -1));
    }
}

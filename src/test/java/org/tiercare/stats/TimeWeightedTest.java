package org.tiercare.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWeightedTest {
    @Test
    void meanOnHandExampleIncludingReset() {
        TimeWeighted w = new TimeWeighted(0);
        w.update(0, 2);
        w.update(3, 5);
        w.update(4, 1);
        // 2 on [0,3), 5 on [3,4), 1 on [4,6): (6 + 5 + 2) / 6
        assertEquals(13.0 / 6, w.mean(6), 1e-12);
        assertEquals(13.0, w.area(6), 1e-12);
        assertEquals(5.0, w.max());

        w.reset(5); // forgets everything before 5 but keeps the current value 1
        assertEquals(1.0, w.max());
        w.update(7, 3);
        // 1 on [5,7), 3 on [7,10): (2 + 9) / 5
        assertEquals(11.0 / 5, w.mean(10), 1e-12);
        assertEquals(3.0, w.current());
        assertEquals(3.0, w.max());
    }

    @Test
    void startTimeIsRespectedAndEmptySpanIsNaN() {
        TimeWeighted w = new TimeWeighted(10);
        assertTrue(Double.isNaN(w.mean(10)));
        w.update(12, 4);
        assertEquals(2.0, w.mean(14), 1e-12); // 0 on [10,12), 4 on [12,14)
    }
}

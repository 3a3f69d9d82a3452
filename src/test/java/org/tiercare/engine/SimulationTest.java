package org.tiercare.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.stats.Tally;
import org.tiercare.stats.TimeWeighted;

class SimulationTest {
    private final Simulation sim = new Simulation();
    private final List<String> fired = new ArrayList<>();

    private Runnable log(String label) { return () -> fired.add(label + "@" + sim.now()); }

    @Test
    void eventsFireByTimeThenPriorityThenInsertion() {
        sim.at(2, 0, log("c"));
        sim.at(1, 5, log("b2"));
        sim.at(1, 0, log("a1"));
        sim.at(1, 5, log("b3"));
        sim.at(1, -1, log("a0"));
        sim.at(1, 0, log("a2"));
        sim.at(0.5, 9, log("first"));
        sim.runUntil(10);
        assertEquals(List.of("first@0.5", "a0@1.0", "a1@1.0", "a2@1.0", "b2@1.0", "b3@1.0", "c@2.0"), fired);
    }

    @Test
    void eventsScheduledWhileRunningKeepTheOrder() {
        // Many same-time events scheduled from inside actions exercise the heap, not just the insertion path.
        for (int i = 0; i < 50; i++) {
            int k = i;
            sim.at(1, 0, () -> {
                fired.add("x" + k);
                sim.schedule(0, 1, () -> fired.add("y" + k));
            });
        }
        sim.runUntil(1);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) expected.add("x" + i);
        for (int i = 0; i < 50; i++) expected.add("y" + i);
        assertEquals(expected, fired);
        assertEquals(100, sim.eventsFired());
    }

    @Test
    void randomTimesComeOutSorted() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            double t = r.nextInt(1000) / 10.0;
            sim.at(t, 0, () -> times.add(sim.now()));
        }
        sim.runUntil(Double.MAX_VALUE);
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        assertEquals(sorted, times);
        assertEquals(5000, times.size());
    }

    @Test
    void schedulingInThePastThrows() {
        sim.runUntil(5);
        assertThrows(IllegalArgumentException.class, () -> sim.at(4.999, 0, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1e-9, () -> {}));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, () -> {}));
        sim.at(5, 0, () -> {}); // now itself is allowed
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void runUntilLeavesClockAtEndAndLaterEventsPending() {
        sim.at(3, 0, log("in"));
        sim.at(7, 0, log("edge"));
        sim.at(7.0000001, 0, log("out"));
        sim.runUntil(7);
        assertEquals(List.of("in@3.0", "edge@7.0"), fired);
        assertEquals(7.0, sim.now());
        assertEquals(1, sim.pendingEvents());
        sim.runUntil(20); // calendar empties at 7.0000001, clock still goes to 20
        assertEquals(20.0, sim.now());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void warmupResetForgetsWarmupObservations() {
        Tally tally = sim.register(new Tally(false));
        TimeWeighted level = sim.register(new TimeWeighted(0));
        sim.at(2, 0, () -> { tally.add(100); level.update(sim.now(), 50); });
        // At the warm-up instant itself the reset must come first, so this observation is kept.
        sim.at(10, 0, () -> { tally.add(4); level.update(sim.now(), 2); });
        sim.at(15, 0, () -> { tally.add(6); level.update(sim.now(), 4); });
        sim.run(10, 10);
        assertEquals(2, tally.count());
        assertEquals(5.0, tally.mean(), 1e-12);
        // level: 2 over [10,15), 4 over [15,20) -> 3
        assertEquals(3.0, level.mean(sim.now()), 1e-12);
        assertEquals(20.0, sim.now());
    }
}

package org.tiercare.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTest {
    private final Simulation sim = new Simulation();
    private final List<String> served = new ArrayList<>();

    /** Requests a unit, notes who got it and when, holds it for {@code hold} hours. */
    private void visit(Resource r, int cls, String who, double hold) {
        r.request(cls, () -> {
            served.add(who + "@" + sim.now());
            sim.schedule(hold, () -> r.release(cls));
        });
    }

    @Test
    void fifoWithinClassAndLowerClassFirst() {
        Resource r = new Resource(sim, 1, 2);
        visit(r, 1, "A", 1);
        sim.at(0.1, 0, () -> visit(r, 1, "B", 1));
        sim.at(0.2, 0, () -> visit(r, 0, "C", 1));
        sim.at(0.3, 0, () -> visit(r, 1, "D", 1));
        sim.at(0.4, 0, () -> visit(r, 0, "E", 1));
        sim.runUntil(100);
        assertEquals(List.of("A@0.0", "C@1.0", "E@2.0", "B@3.0", "D@4.0"), served);
        assertEquals(0, r.inUse());
    }

    @Test
    void raisingCapacityGrantsWaitingRequests() {
        Resource r = new Resource(sim, 0, 1); // closed until the session opens
        visit(r, 0, "A", 10);
        visit(r, 0, "B", 10);
        visit(r, 0, "C", 10);
        assertEquals(3, r.waiting());
        sim.at(5, 0, () -> r.setCapacity(2));
        sim.at(6, 0, () -> r.setCapacity(0)); // closing never takes units away from patients being seen
        sim.runUntil(14);
        assertEquals(List.of("A@5.0", "B@5.0"), served);
        assertEquals(2, r.inUse());
        assertEquals(1, r.waiting());
        sim.runUntil(16); // A and B leave at 15, but the session is closed: C keeps waiting
        assertEquals(0, r.inUse());
        assertEquals(1, r.waiting());
        r.setCapacity(1);
        assertEquals(List.of("A@5.0", "B@5.0", "C@16.0"), served);
    }

    @Test
    void tryAcquireFailsWhenFullOrWhenOthersWait() {
        Resource r = new Resource(sim, 2, 1);
        assertTrue(r.tryAcquire());
        assertTrue(r.tryAcquire());
        assertFalse(r.tryAcquire());
        assertEquals(2, r.inUse());
        r.release();
        assertTrue(r.tryAcquire());
        r.setCapacity(3);
        assertTrue(r.tryAcquire());
        assertFalse(r.tryAcquire());
    }

    @Test
    void timeWeightedBusyAndQueueOnHandExample() {
        Resource r = new Resource(sim, 1, 1);
        visit(r, 0, "A", 4);                           // busy [0,4)
        sim.at(1, 0, () -> visit(r, 0, "B", 2));       // waits [1,4), busy [4,6)
        sim.at(2, 0, () -> visit(r, 0, "C", 3));       // waits [2,6), busy [6,9)
        sim.runUntil(10);
        assertEquals(List.of("A@0.0", "B@4.0", "C@6.0"), served);
        // busy: 1 over [0,9) -> 9/10; queue: 1 on [1,2), 2 on [2,4), 1 on [4,6) -> 7/10
        assertEquals(0.9, r.busy().mean(10), 1e-12);
        assertEquals(0.7, r.queueLength().mean(10), 1e-12);
        assertEquals(1.0, r.available().mean(10), 1e-12);
        assertEquals(2.0, r.queueLength().max());
    }

    @Test
    void statisticsOfAResourceCreatedLateStartWhenItIsCreated() {
        sim.runUntil(10);
        Resource r = new Resource(sim, 2, 1);
        assertTrue(r.tryAcquire());
        sim.runUntil(20);
        assertEquals(1.0, r.busy().mean(20), 1e-12);
        assertEquals(2.0, r.available().mean(20), 1e-12);
    }

    @Test
    void withoutPriorityTheLongestWaitingGoesFirstAcrossLines() {
        Resource r = new Resource(sim, 1, 2, false);
        visit(r, 1, "A", 1);
        sim.at(0.1, 0, () -> visit(r, 1, "B", 1));
        sim.at(0.2, 0, () -> visit(r, 0, "C", 1));
        sim.runUntil(10);
        assertEquals(List.of("A@0.0", "B@1.0", "C@2.0"), served);
    }

    @Test
    void aCappedLineLeavesUnitsForOthers() {
        Resource r = new Resource(sim, 2, 2);
        r.setCap(1, 1); // line 1 may hold one unit; the other is kept for line 0
        visit(r, 1, "A", 5);
        visit(r, 1, "B", 5);
        visit(r, 0, "C", 1);
        sim.runUntil(20);
        assertEquals(List.of("A@0.0", "C@0.0", "B@5.0"), served);
    }

    /**
     * Forty requests wait in two FIFO lines while the only unit is held (more than a line's first ring of 16, so
     * the ring grows while its head has moved on): with one-hour holds the k-th is served at hour k, in arrival
     * order whatever its line.
     */
    @Test
    void longFifoLinesKeepArrivalOrderAcrossLines() {
        Resource r = new Resource(sim, 1, 2, false);
        List<String> expected = new ArrayList<>();
        visit(r, 0, "w0", 1);
        expected.add("w0@0.0");
        // Five leave early so the ring's head moves before it has to grow.
        for (int k = 1; k <= 5; k++) {
            int line = k % 2;
            String who = "w" + k;
            sim.at(0.01 * k, 0, () -> visit(r, line, who, 1));
            expected.add(who + "@" + (double) k);
        }
        sim.runUntil(5.5);
        for (int k = 6; k < 40; k++) {
            int line = k % 3 == 0 ? 0 : 1;
            visit(r, line, "w" + k, 1);
            expected.add("w" + k + "@" + (double) k);
        }
        sim.runUntil(100);
        assertEquals(expected, served);
        assertEquals(0, r.waiting());
    }
}

package org.tiercare.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The calendar's order contract (time, then priority, then insertion) on every path an event can take:
 * the current bucket's heap, a sorted bucket, a bucket beyond the ring (far map), and a bucket that has
 * events both in the ring and in the far map. The expected order is worked out independently by sorting
 * the scheduled events on (time, priority, sequence).
 */
class EventCalendarTest {
    private record Ev(double time, int priority, long seq) {}

    private static final Comparator<Ev> ORDER = Comparator.comparingDouble(Ev::time)
            .thenComparingInt(Ev::priority).thenComparingLong(Ev::seq);

    /** Adds all events, polls them all, and checks they come out in the contract's order. */
    private static void check(EventCalendar cal, List<Ev> events) {
        List<Long> fired = new ArrayList<>();
        for (Ev e : events) cal.add(e.time(), EventCalendar.order(e.priority(), e.seq()), () -> fired.add(e.seq()));
        List<Double> times = new ArrayList<>();
        while (cal.size() > 0) {
            times.add(cal.peekTime());
            cal.poll().run();
        }
        List<Ev> expected = new ArrayList<>(events);
        expected.sort(ORDER);
        assertEquals(expected.stream().map(Ev::seq).toList(), fired);
        assertEquals(expected.stream().map(Ev::time).toList(), times);
    }

    @Test
    void manyEventsPerBucketWithTiesAndPrioritiesComeOutInOrder() {
        SplittableRandom r = new SplittableRandom(7);
        List<Ev> events = new ArrayList<>();
        // Times on a coarse grid so that many are equal and the priority and sequence decide (merge sort ties).
        for (long s = 0; s < 20_000; s++) events.add(new Ev(r.nextInt(400) * 0.25, r.nextInt(3) - 1, s));
        check(new EventCalendar(6.0), events);
    }

    @Test
    void eventsBeyondTheRingAndInTheSameBucketAsRingEventsKeepTheOrder() {
        EventCalendar cal = new EventCalendar(1.0);
        List<Long> fired = new ArrayList<>();
        // Bucket 70000 is beyond the ring (65536 buckets) at first: these go to the far map.
        cal.add(70000.5, EventCalendar.order(0, 0), () -> fired.add(0L));
        cal.add(70000.2, EventCalendar.order(0, 1), () -> fired.add(1L));
        cal.add(5000.0, EventCalendar.order(0, 2), () -> fired.add(2L));
        // Past t = 5000 the ring reaches bucket 70000: new events there go to the ring, and both halves must merge.
        assertEquals(5000.0, cal.peekTime());
        cal.poll().run();
        cal.add(70000.3, EventCalendar.order(0, 3), () -> fired.add(3L));
        cal.add(70000.2, EventCalendar.order(-1, 4), () -> fired.add(4L));
        cal.add(99000.0, EventCalendar.order(0, 5), () -> fired.add(5L));
        while (cal.size() > 0) cal.poll().run();
        // 70000.2 at priority -1 (seq 4) before 70000.2 at priority 0 (seq 1), then 70000.3, 70000.5, 99000.
        assertEquals(List.of(2L, 4L, 1L, 3L, 0L, 5L), fired);
    }

    @Test
    void eventsAddedWhileABucketRunsInterleaveWithIt() {
        EventCalendar cal = new EventCalendar(6.0);
        List<String> fired = new ArrayList<>();
        long[] seq = {0};
        cal.add(1.0, EventCalendar.order(0, seq[0]++), () -> fired.add("a@1"));
        cal.add(3.0, EventCalendar.order(0, seq[0]++), () -> fired.add("c@3"));
        cal.add(7.0, EventCalendar.order(0, seq[0]++), () -> fired.add("e@7"));
        cal.poll().run(); // a@1: the bucket [0, 6) is now the sorted run
        // Same bucket, scheduled while it runs: into the heap, to be merged with the run's c@3.
        cal.add(2.0, EventCalendar.order(0, seq[0]++), () -> fired.add("b@2"));
        cal.add(3.0, EventCalendar.order(0, seq[0]++), () -> fired.add("d@3"));
        cal.add(3.0, EventCalendar.order(-5, seq[0]++), () -> fired.add("c0@3"));
        while (cal.size() > 0) cal.poll().run();
        assertEquals(List.of("a@1", "b@2", "c0@3", "c@3", "d@3", "e@7"), fired);
    }

    @Test
    void bucketsAreReusedWithoutLeakingEvents() {
        // Several rounds through the spare bucket: each fills, empties, and is filled again.
        SplittableRandom r = new SplittableRandom(3);
        EventCalendar cal = new EventCalendar(6.0);
        List<Ev> events = new ArrayList<>();
        for (long s = 0; s < 5_000; s++) events.add(new Ev(r.nextDouble() * 24 * 30, 0, s));
        check(cal, events);
        List<Ev> more = new ArrayList<>();
        for (long s = 5_000; s < 8_000; s++) more.add(new Ev(24 * 30 + r.nextDouble() * 24 * 10, 0, s));
        check(cal, more);
    }

    /**
     * Like a simulation: each fired event schedules new ones from the current time (zero delays, delays inside
     * the current low bucket, mid-bucket, bucket and ring, ties on a coarse grid, several priorities), so events reach every
     * level while it runs. Checked against a priority queue on the same keys, for several fan-outs.
     */
    @Test
    void eventsScheduledWhileRunningComeOutInTheOrderOfAPriorityQueue() {
        for (int fanout : new int[] {1, 7, 64, 200}) {
            SplittableRandom r = new SplittableRandom(11 + fanout);
            EventCalendar cal = new EventCalendar(6.0, fanout);
            java.util.PriorityQueue<Ev> reference = new java.util.PriorityQueue<>(ORDER);
            long[] seq = {0};
            double[] now = {0};
            List<Long> fired = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            java.util.function.DoubleConsumer schedule = new java.util.function.DoubleConsumer() {
                @Override
                public void accept(double t) {
                    int priority = r.nextInt(3) - 1;
                    long s = seq[0]++;
                    Ev e = new Ev(t, priority, s);
                    reference.add(e);
                    cal.add(t, EventCalendar.order(priority, s), () -> fired.add(s));
                }
            };
            for (int i = 0; i < 300; i++) schedule.accept(r.nextInt(200) * 0.5);
            while (cal.size() > 0) {
                double t = cal.peekTime();
                Ev e = reference.poll();
                assertEquals(e.time(), t);
                expected.add(e.seq());
                cal.poll().run();
                now[0] = t;
                if (seq[0] < 60_000) {
                    int k = r.nextInt(3);
                    for (int i = 0; i < k; i++) {
                        double delay = switch (r.nextInt(5)) {
                            case 0 -> 0;
                            case 1 -> r.nextDouble() * 0.1;
                            case 2 -> Math.floor(r.nextDouble() * 8) * 0.25;
                            case 3 -> r.nextDouble() * 30;
                            default -> r.nextDouble() * 24 * 60;
                        };
                        // Ties with events already pending: a time on the quarter-hour grid.
                        double at = delay == 0 ? now[0] : Math.ceil((now[0] + delay) * 4) / 4;
                        schedule.accept(at);
                    }
                }
            }
            assertEquals(0, reference.size());
            assertEquals(expected, fired, "fan-out: " + fanout);
        }
    }

    @Test
    void pollUntilStopsBeforeTheFirstLaterEventAndLeavesItPending() {
        EventCalendar cal = new EventCalendar(6.0);
        List<String> fired = new ArrayList<>();
        cal.add(1.0, EventCalendar.order(0, 0), () -> fired.add("a"));
        cal.add(8.0, EventCalendar.order(0, 1), () -> fired.add("c")); // next bucket
        cal.add(2.0, EventCalendar.order(0, 2), () -> fired.add("b"));
        Runnable r;
        while ((r = cal.pollUntil(7.0)) != null) {
            r.run();
            fired.add("@" + cal.polledTime());
        }
        assertEquals(List.of("a", "@1.0", "b", "@2.0"), fired);
        assertEquals(1, cal.size());
        // Due exactly at the end counts as due; the clock's time comes with it.
        cal.pollUntil(8.0).run();
        assertEquals(8.0, cal.polledTime());
        assertEquals(List.of("a", "@1.0", "b", "@2.0", "c"), fired);
        assertEquals(null, cal.pollUntil(Double.POSITIVE_INFINITY));
    }
}

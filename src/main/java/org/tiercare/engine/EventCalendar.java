package org.tiercare.engine;

import java.util.Arrays;

/** Binary min-heap of events; hand-rolled because it is the hot path (PriorityQueue costs ~2x). */
final class EventCalendar {
    private Event[] heap = new Event[1024];
    private int size;

    int size() { return size; }

    void add(Event e) {
        if (size == heap.length) heap = Arrays.copyOf(heap, size * 2);
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Event p = heap[parent];
            if (!e.before(p)) break;
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    Event peek() { return size == 0 ? null : heap[0]; }

    Event poll() {
        if (size == 0) return null;
        Event top = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) siftDown(last);
        return top;
    }

    private void siftDown(Event e) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Event c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(e)) break;
            heap[i] = c;
            i = child;
        }
        heap[i] = e;
    }
}

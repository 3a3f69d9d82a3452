/**
 * The discrete-event engine: the clock (in hours), the future event list ({@link
 * org.tiercare.engine.EventCalendar}: six-hour buckets, each sorted once when it comes up, and a
 * primitive heap for the events scheduled into the current one) and {@link
 * org.tiercare.engine.Resource}, the one get/put abstraction for doctors and beds (priority or FIFO
 * lines, per-line caps for reserved beds, capacity that changes with opening sessions). Knows
 * nothing of health care; depends only on {@code stats}.
 */
package org.tiercare.engine;

/**
 * The metric registry, {@link org.tiercare.metric.Metric}: every indicator tiercare writes, with
 * its CSV name, kind, unit, better direction, and its name and definition in Chinese and English.
 * One place per metric.
 */
package org.tiercare.metric;

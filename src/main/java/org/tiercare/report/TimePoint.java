package org.tiercare.report;

/** One observation of a time series over a run, e.g. ("queue, H1", 36.0 h, 12). */
public record TimePoint(double timeH, String series, double value) {}

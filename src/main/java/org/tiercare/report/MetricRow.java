package org.tiercare.report;

/** One metric of one replication: a row of {@code replications.csv}. NaN means "not defined in this run". */
public record MetricRow(String variant, int replication, String scope, String scopeId, String metric, double value) {}

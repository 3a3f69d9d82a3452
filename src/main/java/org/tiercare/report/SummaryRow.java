package org.tiercare.report;

/** One metric over all replications with its 95 % Student-t interval: a row of {@code summary.csv}. */
public record SummaryRow(String variant, String scope, String scopeId, String metric,
                         double mean, double ci95Low, double ci95High, int replications) {}

package org.tiercare.model;

import java.util.Map;

/** The indicators of one scope (network, tier, grid or facility) in one replication. */
public record ScopeResult(String scope, String scopeId, Map<String, Double> indicators) {}

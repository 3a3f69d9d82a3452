package org.tiercare.scenario;

import java.util.List;

/** A named variant of the scenario for comparisons: the base plus {@code path=value} overrides. */
public record VariantSpec(String id, String description, List<String> overrides) {}

package org.tiercare.scenario;

import java.util.List;

/**
 * A named set of rules a plan is checked against, e.g. {@code nhc-2023} (the 2023 notice on tight urban
 * medical groups). Rule sets are YAML files, so a province's own rules need no code.
 */
public record RuleSet(String id, String nameZh, String nameEn, String source, List<RuleSpec> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}

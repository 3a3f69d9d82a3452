package org.tiercare.experiment;

import java.util.Map;
import org.tiercare.scenario.Scenario;

/**
 * One arm of an experiment: a scenario as loaded with its own overrides. {@code levers} holds the
 * swept parameter values of a sweep point (path → value), empty otherwise.
 */
public record Variant(String id, String description, Scenario scenario, Map<String, Double> levers) {}

package org.tiercare.scenario;

/** An undirected road between two vertices (zones or facilities); travel time in hours. */
public record EdgeSpec(String from, String to, double travelH) {}

package org.tiercare.scenario;

import java.util.List;

/**
 * One way of cutting the city into grids. Several layouts of the same city can be declared and
 * compared on the same demand. Collaborating units (协作单位: provincial or national centres) sit
 * outside the grids and receive what the lead hospitals cannot resolve.
 */
public record LayoutSpec(String id, String description, List<GridSpec> grids, List<String> collaborating) {}

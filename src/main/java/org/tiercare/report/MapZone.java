package org.tiercare.report;

/** A population zone on the map: position in km, residents, and the grid it belongs to. */
public record MapZone(String id, double x, double y, double residents, String grid) {}

/**
 * The scenario's vocabulary: immutable records and enums describing a district (zones, facilities,
 * grids and layouts, demand, conditions, choice, policy and levers, variants). Built once by {@code
 * org.tiercare.loader}, read by the model; this package knows no file format. Durations are in
 * hours.
 */
package org.tiercare.scenario;

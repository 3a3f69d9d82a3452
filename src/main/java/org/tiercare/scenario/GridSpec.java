package org.tiercare.scenario;

import java.util.List;

/**
 * A grid (网格) and its medical group: the zones it covers, its lead hospital (牵头医院) and member
 * facilities (成员单位). The lead is a member too.
 */
public record GridSpec(String id, String lead, List<String> zones, List<String> members) {}

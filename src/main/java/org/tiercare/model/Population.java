package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.GroupSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.ZoneSpec;

/**
 * The parts of each zone's residents that generate needs apart: one per population group (its share of the zone ×
 * its demand factor, its own condition mix) and the rest. The rest comes first and keeps the streams a scenario
 * without groups has always used ({@code demand/<zone>}, {@code condition/<zone>}, {@code initial-follow-ups/<zone>}),
 * so such a scenario draws exactly what it drew before groups existed; each group draws on streams of its own.
 */
final class Population {

    /**
     * One part of a zone's residents.
     *
     * @param group      group index in the scenario's list, or -1 for the rest
     * @param people     residents × demand factor: needs arise at people × contacts per resident-year
     * @param shares     condition shares, in the scenario's order of conditions
     * @param suffix     appended to the zone's stream names ("" for the rest, "/<group>" for a group)
     */
    record Part(int group, double people, double[] shares, String suffix) {}

    private Population() {}

    /** The parts of zone {@code z}, the rest first; without groups the rest alone, with the zone's residents. */
    static List<Part> of(Scenario s, int z) {
        ZoneSpec zone = s.zones().get(z);
        List<ConditionSpec> conditions = s.conditions();
        double[] zoneMix = new double[conditions.size()];
        for (int c = 0; c < zoneMix.length; c++) {
            ConditionSpec cs = conditions.get(c);
            zoneMix[c] = zone.conditionShares().isEmpty() ? cs.share() : zone.conditionShares().getOrDefault(cs.id(), 0.0);
        }
        List<Part> out = new ArrayList<>();
        if (s.groups().isEmpty()) {
            out.add(new Part(-1, zone.residents(), zoneMix, ""));
            return out;
        }
        double inGroups = 0;
        for (GroupSpec g : s.groups()) inGroups += share(zone, g);
        out.add(new Part(-1, zone.residents() * Math.max(0, 1 - inGroups), zoneMix, ""));
        for (int gi = 0; gi < s.groups().size(); gi++) {
            GroupSpec g = s.groups().get(gi);
            double[] mix = zoneMix;
            if (!g.conditions().isEmpty()) {
                mix = new double[conditions.size()];
                for (int c = 0; c < mix.length; c++) mix[c] = g.conditions().getOrDefault(conditions.get(c).id(), 0.0);
            }
            out.add(new Part(gi, zone.residents() * share(zone, g) * g.demandFactor(), mix, "/" + g.id()));
        }
        return out;
    }

    /** The group's share of the zone's residents: the zone's own, else the group's default. */
    static double share(ZoneSpec zone, GroupSpec g) {
        return zone.groupShares().getOrDefault(g.id(), g.share());
    }
}

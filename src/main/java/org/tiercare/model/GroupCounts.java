package org.tiercare.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tiercare.engine.Simulation;
import org.tiercare.scenario.GroupSpec;
import org.tiercare.scenario.Scenario;

/**
 * The {@link GroupTally} of each population group and of the rest (patients in no group, fixed arrival streams
 * included), reset at the end of the warm-up like the facilities' measures. Absent (null in {@link Pathway#groups})
 * when the scenario declares no groups, so that every counting point is one null check and the files do not change.
 */
final class GroupCounts {
    /** Scope id of the residents in no group (the loader refuses it as a group id). */
    static final String REST = "other";

    private final List<GroupSpec> groups;
    /** Index 0: the rest; index g + 1: group g. */
    private final GroupTally[] tallies;

    GroupCounts(Simulation sim, List<GroupSpec> groups) {
        this.groups = groups;
        tallies = new GroupTally[groups.size() + 1];
        for (int i = 0; i < tallies.length; i++) tallies[i] = new GroupTally();
        sim.register(t -> {
            for (GroupTally g : tallies) g.reset();
        });
    }

    /** Null without groups. */
    static GroupCounts of(Simulation sim, Scenario s) {
        return s.groups().isEmpty() ? null : new GroupCounts(sim, s.groups());
    }

    GroupTally of(Patient p) { return tallies[p.group + 1]; }

    /**
     * One {@code group} scope per declared group, then {@code other} for the rest; adds the needs and the contracted
     * share of everyone to the network's indicators. Needs lost for want of any facility within reach count as unserved
     * where they arose (already in the tallies).
     */
    List<ScopeResult> results(Map<String, Double> network, boolean outpatients, boolean beds) {
        List<ScopeResult> out = new ArrayList<>();
        GroupTally all = new GroupTally();
        for (int g = 0; g < groups.size(); g++) {
            out.add(new ScopeResult("group", groups.get(g).id(), tallies[g + 1].indicators(outpatients, beds)));
            all.merge(tallies[g + 1]);
        }
        out.add(new ScopeResult("group", REST, tallies[0].indicators(outpatients, beds)));
        all.merge(tallies[0]);
        all.addToNetwork(network);
        return out;
    }
}

package org.tiercare.loader;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.ArrivalStream;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.DemandSpec;
import org.tiercare.scenario.EdgeSpec;
import org.tiercare.scenario.NetworkSpec;

/**
 * Checks that span sections: there is some demand, demand has what it needs, and every zone can
 * reach care over the network. Run after every section is bound, from what could be read.
 */
final class Checks {

    /**
     * Care needs a year from zone demand: China has about 9.5e9 outpatient visits a year; twice that
     * is beyond any plan, and every need is several events, so this keeps a run countable.
     */
    static final double MAX_NEEDS_PER_YEAR = 2e10;
    /** Patients per hour over all arrival streams: each is at most 10,000; 1e6 is a nation's hospitals at their busiest. */
    static final double MAX_ARRIVALS_PER_HOUR = 1e6;

    private Checks() {}

    static void run(Fields top, Ids ids, List<ArrivalStream> arrivals, DemandSpec demand, List<ConditionSpec> conditions,
                    NetworkSpec network) {
        boolean hasArrivals = top.has(ArrivalsSection.KEY);
        boolean hasDemand = top.has(DemandSection.KEY);
        boolean hasConditions = top.has(ConditionsSection.KEY);
        if (!hasArrivals && !hasDemand) {
            top.problems.add(top.loc(), Text.get("checks.noDemand"));
        }
        if (hasDemand) {
            if (!hasConditions) {
                top.problem(DemandSection.KEY, Text.get("checks.demandWithoutConditions"));
            }
            boolean residents = false;
            for (String z : ids.zones()) {
                Long r = ids.residents(z);
                if (r == null || r > 0) residents = true; // unreadable counts are reported already
            }
            if (!residents && ids.zonesKnown()) {
                top.problem(DemandSection.KEY, Text.get(ids.zones().isEmpty() ? "checks.demandWithoutZones" : "checks.demandWithoutResidents"));
            }
        } else if (hasConditions) {
            top.problem(ConditionsSection.KEY, Text.get("checks.conditionsWithoutDemand"));
        }
        volume(top, ids, arrivals, demand);
        boolean emergencyNeeded = false;
        for (ConditionSpec c : conditions) emergencyNeeded |= c.emergency();
        // Also from conditions that could not be bound, so this is reported in the same run as their problems.
        if (top.node(ConditionsSection.KEY) instanceof YamlNode.ListNode list) {
            for (YamlNode item : list.items) {
                if (item instanceof YamlNode.MapNode m && m.get("emergency") instanceof YamlNode.Scalar s
                        && s.kind() == YamlNode.Scalar.Kind.BOOL && List.of("true", "yes", "y", "on").contains(s.text().strip().toLowerCase(java.util.Locale.ROOT))) {
                    emergencyNeeded = true;
                }
            }
        }
        // An unreadable facilities file may well hold an emergency department: do not claim otherwise.
        boolean anyEmergency = !ids.facilitiesKnown() || ids.facilities().values().stream().anyMatch(Ids.FacilityFacts::emergency);
        if (emergencyNeeded && !anyEmergency && hasDemand) {
            top.problem(ConditionsSection.KEY, Text.get("checks.noEmergencyDepartment"));
        }
        if (!network.edges().isEmpty() && !ids.zones().isEmpty() && ids.zonesKnown() && ids.facilitiesKnown()) reachability(top.problems, ids, network, emergencyNeeded && anyEmergency);
    }

    /** Each stream and each zone is bounded where it is read; these bound their sums. */
    private static void volume(Fields top, Ids ids, List<ArrivalStream> arrivals, DemandSpec demand) {
        double rate = 0;
        for (ArrivalStream a : arrivals) rate += a.ratePerHour();
        if (rate > MAX_ARRIVALS_PER_HOUR) {
            top.problem(ArrivalsSection.KEY, Text.get("checks.tooManyArrivals", Units.trim(rate), Units.trim(MAX_ARRIVALS_PER_HOUR)));
        }
        if (demand == null) return;
        double residents = 0;
        for (String z : ids.zones()) {
            Long r = ids.residents(z);
            if (r != null) residents += r;
        }
        double needs = residents * demand.contactsPerResidentYear();
        if (needs > MAX_NEEDS_PER_YEAR) {
            Fields d = Fields.of(new Problems(), top.node(DemandSection.KEY), DemandSection.KEY, DemandSection.KEYS);
            top.problems.add(d.locOf("contacts_per_resident_year"), Text.at(d.at("contacts_per_resident_year"),
                    Text.get("checks.tooMuchDemand", String.format(java.util.Locale.ROOT, "%.3g", needs), "2e10")));
        }
    }

    /** With explicit edges, a zone may be cut off; the implicit edge joins each facility to its zone. */
    private static void reachability(Problems problems, Ids ids, NetworkSpec network, boolean emergency) {
        Graph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        ids.zones().forEach(g::addVertex);
        Map<String, Ids.FacilityFacts> facilities = ids.facilities();
        facilities.keySet().forEach(g::addVertex);
        for (EdgeSpec e : network.edges()) {
            if (g.containsVertex(e.from()) && g.containsVertex(e.to())) g.addEdge(e.from(), e.to());
        }
        facilities.forEach((id, f) -> {
            if (f.zone() != null && g.containsVertex(f.zone())) g.addEdge(id, f.zone());
        });
        ConnectivityInspector<String, DefaultEdge> ci = new ConnectivityInspector<>(g);
        Map<String, Loc> declared = ids.declared();
        for (String z : ids.zones()) {
            Set<String> reach = ci.connectedSetOf(z);
            boolean outpatient = reach.stream().anyMatch(v -> facilities.containsKey(v) && facilities.get(v).outpatient());
            boolean ed = reach.stream().anyMatch(v -> facilities.containsKey(v) && facilities.get(v).emergency());
            if (!outpatient) {
                problems.add(declared.get(z), Text.get("checks.zoneCutOff", z));
            }
            if (emergency && !ed) {
                problems.add(declared.get(z), Text.get("checks.zoneCutOffEmergency", z));
            }
        }
    }
}

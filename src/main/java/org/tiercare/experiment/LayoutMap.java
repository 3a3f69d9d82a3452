package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiercare.model.Network;
import org.tiercare.model.RunDetail;
import org.tiercare.report.MapData;
import org.tiercare.report.MapFacility;
import org.tiercare.report.MapFlow;
import org.tiercare.report.MapTour;
import org.tiercare.report.MapZone;
import org.tiercare.report.SummaryRow;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.ZoneSpec;

/**
 * The map of a grid layout: zones and facilities where they are, facility load, referral flows and outreach
 * tours of one replication; and when two variants' maps would differ enough to draw both.
 */
final class LayoutMap {
    private LayoutMap() {}

    /**
     * A variant's flows and tours differ materially from another's when at least this share of the referral
     * volume runs between other facilities (half the summed absolute differences of the two runs' flow shares,
     * so a uniform rise or fall of referrals, which the map would not show, counts nothing) ...
     */
    static final double FLOW_CHANGE = 0.1;
    /** ... or when at least this share of the tour legs (pairs of facilities visited one after the other) is not in both. */
    static final double TOUR_CHANGE = 0.25;

    /**
     * What a map needs of a variant's replication 1: its referral flows and outreach tours, and nothing else
     * (the time series of a run are much larger and the map has no use for them).
     */
    record Sketch(List<RunDetail.Flow> flows, List<List<String>> tours) {
        Sketch {
            flows = List.copyOf(flows);
            tours = tours.stream().map(List::copyOf).toList();
        }

        static Sketch of(RunDetail d) { return d == null ? new Sketch(List.of(), List.of()) : new Sketch(d.flows(), d.tours()); }
    }

    /** Whether {@code a} and {@code b} would look materially different on a map (see {@link #FLOW_CHANGE}, {@link #TOUR_CHANGE}). */
    static boolean differs(Sketch a, Sketch b) {
        return flowChange(a, b) >= FLOW_CHANGE || tourChange(a, b) >= TOUR_CHANGE;
    }

    /** Half the summed absolute differences of the flows' shares of each run's referral volume: 0 same pattern, 1 disjoint. */
    static double flowChange(Sketch a, Sketch b) {
        Map<List<String>, double[]> pairs = new HashMap<>();
        double ta = 0, tb = 0;
        for (RunDetail.Flow f : a.flows()) {
            pairs.computeIfAbsent(List.of(f.from(), f.to()), k -> new double[2])[0] += f.patients();
            ta += f.patients();
        }
        for (RunDetail.Flow f : b.flows()) {
            pairs.computeIfAbsent(List.of(f.from(), f.to()), k -> new double[2])[1] += f.patients();
            tb += f.patients();
        }
        if (ta == 0 || tb == 0) return ta == tb ? 0 : 1;
        double sum = 0;
        for (double[] v : pairs.values()) sum += Math.abs(v[0] / ta - v[1] / tb);
        return sum / 2;
    }

    /** Share of the tour legs (unordered pairs of consecutive stops) that only one of the two runs has: 0 same, 1 disjoint. */
    static double tourChange(Sketch a, Sketch b) {
        Set<Set<String>> la = legs(a), lb = legs(b);
        Set<Set<String>> union = new HashSet<>(la);
        union.addAll(lb);
        if (union.isEmpty()) return 0;
        Set<Set<String>> both = new HashSet<>(la);
        both.retainAll(lb);
        return 1 - (double) both.size() / union.size();
    }

    private static Set<Set<String>> legs(Sketch s) {
        Set<Set<String>> out = new HashSet<>();
        for (List<String> t : s.tours()) {
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i - 1).equals(t.get(i))) out.add(Set.of(t.get(i - 1), t.get(i)));
            }
        }
        return out;
    }

    /**
     * The map of {@code variant}'s run of {@code s}. {@code named}: the map names the variant in its title and
     * caption (when several variants ran).
     */
    static MapData of(Scenario s, String variant, boolean named, List<SummaryRow> summary, Sketch sketch) {
        Network network = new Network(s);
        LayoutSpec layout = s.activeLayout();
        Map<String, String> gridOf = new HashMap<>();
        List<String> leads = new ArrayList<>();
        if (layout != null) {
            for (GridSpec g : layout.grids()) {
                g.zones().forEach(z -> gridOf.put(z, g.id()));
                g.members().forEach(f -> gridOf.put(f, g.id()));
                gridOf.put(g.lead(), g.id());
                leads.add(g.lead());
            }
            layout.collaborating().forEach(f -> gridOf.put(f, "collaborating"));
        }
        List<MapZone> zones = new ArrayList<>();
        for (ZoneSpec z : s.zones()) zones.add(new MapZone(z.id(), z.x(), z.y(), z.residents(), gridOf.getOrDefault(z.id(), "none")));
        List<MapFacility> facilities = new ArrayList<>();
        for (int i = 0; i < s.facilities().size(); i++) {
            FacilitySpec f = s.facilities().get(i);
            // A facility without coordinates stands at its zone's point; the chart fans out those sharing a point.
            double[] xy = network.facilityXY(i);
            facilities.add(new MapFacility(f.id(), f.name(), xy[0], xy[1], f.tier().yamlName, gridOf.getOrDefault(f.id(), "none"),
                    leads.contains(f.id()), load(summary, variant, f.id())));
        }
        List<MapFlow> flows = new ArrayList<>();
        for (RunDetail.Flow fl : sketch.flows()) flows.add(new MapFlow(fl.from(), fl.to(), fl.patients()));
        List<MapTour> tours = new ArrayList<>();
        sketch.tours().forEach(t -> tours.add(new MapTour(t)));
        // Load is outpatient utilisation, or bed occupancy where there is no outpatient service (see load()).
        return new MapData(layout == null ? null : layout.id(), named ? variant : null, zones, facilities, flows, tours,
                "outpatient_utilization");
    }

    /** Outpatient utilisation, or bed occupancy for facilities without outpatient service. */
    private static double load(List<SummaryRow> summary, String variant, String facility) {
        double occupancy = Double.NaN;
        for (SummaryRow r : summary) {
            if (!r.variant().equals(variant) || !r.scope().equals("facility") || !r.scopeId().equals(facility)) continue;
            if (r.metric().equals("outpatient_utilization")) return r.mean();
            if (r.metric().equals("bed_occupancy")) occupancy = r.mean();
        }
        return Double.isNaN(occupancy) ? 0 : occupancy;
    }
}

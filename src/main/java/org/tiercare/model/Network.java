package org.tiercare.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.tiercare.scenario.EdgeSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.NetworkSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.ZoneSpec;

/**
 * Travel times (hours) from every zone and facility to every facility, computed once per scenario.
 * With edges given, they are shortest paths on the road graph (one Dijkstra tree per source, not
 * all-pairs); without, straight-line distance × detour factor / speed. Immutable once built.
 */
public final class Network {
    private final List<String> zoneIds = new ArrayList<>();
    private final List<String> facilityIds = new ArrayList<>();
    private final double[][] zoneToFacility;
    private final double[][] facilityToFacility;
    private final double[][] facilityXY;
    private final double[][] zoneXY;

    public Network(Scenario scenario) {
        NetworkSpec spec = scenario.network();
        Map<String, double[]> where = new HashMap<>();
        for (ZoneSpec z : scenario.zones()) {
            zoneIds.add(z.id());
            where.put(z.id(), new double[] {z.x(), z.y()});
        }
        for (FacilitySpec f : scenario.facilities()) {
            facilityIds.add(f.id());
            where.put(f.id(), position(f, where));
        }
        zoneXY = zoneIds.stream().map(where::get).toArray(double[][]::new);
        facilityXY = facilityIds.stream().map(where::get).toArray(double[][]::new);
        if (spec.edges().isEmpty()) {
            zoneToFacility = direct(zoneXY, spec, true);
            facilityToFacility = direct(facilityXY, spec, false);
        } else {
            Graph<String, DefaultWeightedEdge> g = graph(scenario, spec);
            zoneToFacility = shortest(g, zoneIds);
            facilityToFacility = shortest(g, facilityIds);
        }
    }

    private static double[] position(FacilitySpec f, Map<String, double[]> where) {
        if (!Double.isNaN(f.x())) return new double[] {f.x(), f.y()};
        if (f.zone() != null && where.containsKey(f.zone())) return where.get(f.zone()).clone();
        return new double[] {0, 0};
    }

    private double[][] direct(double[][] from, NetworkSpec spec, boolean fromZones) {
        double[][] t = new double[from.length][facilityXY.length];
        for (int i = 0; i < from.length; i++) {
            for (int f = 0; f < facilityXY.length; f++) {
                double km = Math.hypot(from[i][0] - facilityXY[f][0], from[i][1] - facilityXY[f][1]);
                double h = km * spec.detourFactor() / spec.speedKmh();
                // No trip from home is shorter than the local access time: a zone is a point standing for residents
                // spread around it, so even a facility at that point, or a short hop away, takes that long.
                if (fromZones) h = Math.max(h, spec.localAccessH());
                t[i][f] = h;
            }
        }
        return t;
    }

    private Graph<String, DefaultWeightedEdge> graph(Scenario s, NetworkSpec spec) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        zoneIds.forEach(g::addVertex);
        facilityIds.forEach(g::addVertex);
        for (EdgeSpec e : spec.edges()) {
            double h = e.travelH();
            if (Double.isNaN(h)) {
                double[] a = s.zones().stream().anyMatch(z -> z.id().equals(e.from())) ? zoneXY[zoneIds.indexOf(e.from())]
                        : facilityXY[facilityIds.indexOf(e.from())];
                double[] b = s.zones().stream().anyMatch(z -> z.id().equals(e.to())) ? zoneXY[zoneIds.indexOf(e.to())]
                        : facilityXY[facilityIds.indexOf(e.to())];
                h = Math.hypot(a[0] - b[0], a[1] - b[1]) * spec.detourFactor() / spec.speedKmh();
            }
            addEdge(g, e.from(), e.to(), h);
        }
        // A facility standing in a zone is joined to it by the local access time unless an edge says otherwise.
        for (FacilitySpec f : s.facilities()) {
            if (f.zone() != null && g.containsVertex(f.zone()) && !g.containsEdge(f.zone(), f.id())) {
                addEdge(g, f.zone(), f.id(), spec.localAccessH());
            }
        }
        return g;
    }

    private static void addEdge(Graph<String, DefaultWeightedEdge> g, String a, String b, double h) {
        if (a.equals(b)) return;
        DefaultWeightedEdge e = g.getEdge(a, b);
        if (e == null) {
            e = g.addEdge(a, b);
            g.setEdgeWeight(e, h);
        } else if (h < g.getEdgeWeight(e)) {
            g.setEdgeWeight(e, h);
        }
    }

    private double[][] shortest(Graph<String, DefaultWeightedEdge> g, List<String> sources) {
        DijkstraShortestPath<String, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
        double[][] t = new double[sources.size()][facilityIds.size()];
        for (int i = 0; i < sources.size(); i++) {
            SingleSourcePaths<String, DefaultWeightedEdge> paths = dijkstra.getPaths(sources.get(i));
            for (int f = 0; f < facilityIds.size(); f++) {
                t[i][f] = paths.getWeight(facilityIds.get(f)); // +infinity when unreachable
            }
        }
        return t;
    }

    public double zoneToFacility(int zone, int facility) { return zoneToFacility[zone][facility]; }
    public double facilityToFacility(int from, int to) { return facilityToFacility[from][to]; }
    public int zoneIndex(String id) { return zoneIds.indexOf(id); }
    public int facilityIndex(String id) { return facilityIds.indexOf(id); }
    public double[] facilityXY(int facility) { return facilityXY[facility].clone(); }
}

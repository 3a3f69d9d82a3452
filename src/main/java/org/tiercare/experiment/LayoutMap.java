package org.tiercare.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** The map of a grid layout: zones and facilities where they are, facility load, referral flows. */
final class LayoutMap {
    private LayoutMap() {}

    static MapData of(Scenario s, String variant, List<SummaryRow> summary, RunDetail detail) {
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
        for (int i = 0; i < s.zones().size(); i++) {
            ZoneSpec z = s.zones().get(i);
            zones.add(new MapZone(z.id(), z.x(), z.y(), z.residents(), gridOf.getOrDefault(z.id(), "none")));
        }
        List<MapFacility> facilities = new ArrayList<>();
        Map<String, Integer> placedInZone = new HashMap<>();
        for (int i = 0; i < s.facilities().size(); i++) {
            FacilitySpec f = s.facilities().get(i);
            double[] xy = network.facilityXY(i);
            if (Double.isNaN(f.x()) && f.zone() != null) {
                // Drawn a little way round its zone's point, so zone and facilities stay visible.
                int k = placedInZone.merge(f.zone(), 1, Integer::sum);
                double angle = Math.PI / 4 + (k - 1) * Math.PI / 2;
                xy = new double[] {xy[0] + 1.8 * Math.cos(angle), xy[1] + 1.8 * Math.sin(angle)};
            }
            facilities.add(new MapFacility(f.id(), xy[0], xy[1], f.tier().yamlName, gridOf.getOrDefault(f.id(), "none"),
                    leads.contains(f.id()), load(summary, variant, f.id())));
        }
        List<MapFlow> flows = new ArrayList<>();
        if (detail != null) {
            for (RunDetail.Flow fl : detail.flows()) flows.add(new MapFlow(fl.from(), fl.to(), fl.patients()));
        }
        List<MapTour> tours = new ArrayList<>();
        if (detail != null) detail.tours().forEach(t -> tours.add(new MapTour(t)));
        // Load is outpatient utilisation, or bed occupancy where there is no outpatient service (see load()).
        return new MapData(layout == null ? null : layout.id(), zones, facilities, flows, tours, "outpatient_utilization");
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

package org.tiercare.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.Scenario;

/**
 * The active grid layout, resolved to indices: which grid each zone and facility belongs to, each
 * grid's lead hospital, and each zone's own primary clinic (the nearest primary member of its grid,
 * where contracted residents' family doctors sit). Immutable once built.
 */
final class Grids {
    final String[] ids;
    final int[] zoneGrid;
    final int[] facilityGrid;
    final int[] lead;
    final int[][] members;
    final int[] collaborating;
    final int[] primaryClinic;

    /** No layout: everything outside any grid. */
    private Grids(int zones, int facilities) {
        ids = new String[0];
        zoneGrid = new int[zones];
        facilityGrid = new int[facilities];
        Arrays.fill(zoneGrid, -1);
        Arrays.fill(facilityGrid, -1);
        lead = new int[0];
        members = new int[0][];
        collaborating = new int[0];
        primaryClinic = new int[zones];
        Arrays.fill(primaryClinic, -1);
    }

    static Grids of(Scenario s, LayoutSpec layout, Network network) {
        int nz = s.zones().size(), nf = s.facilities().size();
        Grids g = layout == null ? new Grids(nz, nf) : new Grids(s, layout, network);
        if (layout == null) {
            // Without grids, a contracted resident's clinic is simply the nearest primary facility.
            for (int z = 0; z < nz; z++) g.primaryClinic[z] = nearest(s, network, z, allIndices(nf), true);
        }
        return g;
    }

    private Grids(Scenario s, LayoutSpec layout, Network network) {
        int nz = s.zones().size(), nf = s.facilities().size();
        Map<String, Integer> zoneIndex = new HashMap<>(), facIndex = new HashMap<>();
        for (int i = 0; i < nz; i++) zoneIndex.put(s.zones().get(i).id(), i);
        for (int i = 0; i < nf; i++) facIndex.put(s.facilities().get(i).id(), i);
        List<GridSpec> grids = layout.grids();
        ids = grids.stream().map(GridSpec::id).toArray(String[]::new);
        zoneGrid = new int[nz];
        facilityGrid = new int[nf];
        Arrays.fill(zoneGrid, -1);
        Arrays.fill(facilityGrid, -1);
        lead = new int[grids.size()];
        members = new int[grids.size()][];
        for (int g = 0; g < grids.size(); g++) {
            GridSpec gs = grids.get(g);
            for (String z : gs.zones()) zoneGrid[zoneIndex.get(z)] = g;
            List<Integer> m = new ArrayList<>();
            for (String f : gs.members()) m.add(facIndex.get(f));
            if (!gs.members().contains(gs.lead())) m.add(facIndex.get(gs.lead()));
            for (int f : m) facilityGrid[f] = g;
            members[g] = m.stream().mapToInt(Integer::intValue).toArray();
            lead[g] = facIndex.get(gs.lead());
        }
        collaborating = layout.collaborating().stream().mapToInt(facIndex::get).toArray();
        primaryClinic = new int[nz];
        for (int z = 0; z < nz; z++) {
            int g = zoneGrid[z];
            primaryClinic[z] = nearest(s, network, z, g < 0 ? allIndices(nf) : members[g], true);
        }
    }

    private static int[] allIndices(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /**
     * The nearest facility with an outpatient service among candidates (primary tiers only if asked); of equally
     * near ones (all within the local access time), the first candidate.
     */
    static int nearest(Scenario s, Network network, int zone, int[] candidates, boolean primaryOnly) {
        int best = -1;
        double bestT = Double.POSITIVE_INFINITY;
        for (int f : candidates) {
            FacilitySpec spec = s.facilities().get(f);
            if (spec.outpatient() == null || (primaryOnly && !spec.tier().isPrimary())) continue;
            double t = network.zoneToFacility(zone, f);
            if (t < bestT) {
                bestT = t;
                best = f;
            }
        }
        return best;
    }

    boolean active() { return ids.length > 0; }
}

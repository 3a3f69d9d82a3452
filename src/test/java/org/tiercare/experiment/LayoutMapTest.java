package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiercare.model.RunDetail.Flow;

/** When a variant's flows or tours differ enough from those already mapped to draw a map of its own. */
class LayoutMapTest {
    private static LayoutMap.Sketch flows(long c1, long c2) {
        return new LayoutMap.Sketch(List.of(new Flow("C1", "H1", c1), new Flow("C2", "H1", c2)), List.of());
    }

    private static LayoutMap.Sketch tours(List<List<String>> tours) {
        return new LayoutMap.Sketch(List.of(new Flow("C1", "H1", 80), new Flow("C2", "H1", 20)), tours);
    }

    private static Study.Mapped mapped(String id, String layout, LayoutMap.Sketch sketch) {
        return new Study.Mapped(new Variant(id, "", null, Map.of()), layout, sketch);
    }

    @Test
    void flowChangeIsTheShareOfReferralsThatTookAnotherPath() {
        // 80/20 against 50/50: |0.8 - 0.5| + |0.2 - 0.5| = 0.6, half of it 0.3.
        assertEquals(0.3, LayoutMap.flowChange(flows(80, 20), flows(50, 50)), 1e-12);
        // Twice the referrals along the same paths: the map looks the same.
        assertEquals(0, LayoutMap.flowChange(flows(80, 20), flows(160, 40)), 1e-12);
        // Disjoint paths, and referrals against none.
        LayoutMap.Sketch other = new LayoutMap.Sketch(List.of(new Flow("C3", "H2", 5)), List.of());
        assertEquals(1, LayoutMap.flowChange(flows(80, 20), other), 1e-12);
        assertEquals(1, LayoutMap.flowChange(flows(80, 20), flows(0, 0)), 1e-12);
        // 80/20 against 72/28: 0.08 moved, under the 0.1 that counts; 68/32: 0.12, over it.
        assertFalse(LayoutMap.differs(flows(80, 20), flows(72, 28)));
        assertTrue(LayoutMap.differs(flows(80, 20), flows(68, 32)));
    }

    @Test
    void tourChangeIsTheShareOfLegsNotInBoth() {
        LayoutMap.Sketch none = tours(List.of());
        LayoutMap.Sketch loop = tours(List.of(List.of("H1", "C1", "C2", "H1")));
        LayoutMap.Sketch shorter = tours(List.of(List.of("H1", "C1", "H1")));
        LayoutMap.Sketch reversed = tours(List.of(List.of("H1", "C2", "C1", "H1")));
        assertEquals(0, LayoutMap.tourChange(none, none));
        // Tours appear: every leg is new.
        assertEquals(1, LayoutMap.tourChange(none, loop));
        assertTrue(LayoutMap.differs(none, loop));
        // Legs {H1-C1, C1-C2, C2-H1} against {H1-C1}: one of three in both.
        assertEquals(2.0 / 3, LayoutMap.tourChange(loop, shorter), 1e-12);
        // The same loop the other way round covers the same legs.
        assertEquals(0, LayoutMap.tourChange(loop, reversed));
        assertFalse(LayoutMap.differs(loop, reversed));
    }

    @Test
    void everyLayoutGetsAMapAndAVariantOneWhenItLooksDifferent() {
        LayoutMap.Sketch plain = tours(List.of());
        LayoutMap.Sketch outreach = tours(List.of(List.of("H1", "C1", "C2", "H1")));
        List<Study.Mapped> chosen = new ArrayList<>();
        assertTrue(Study.drawsMap(chosen, "two-grids", plain), "the baseline");
        chosen.add(mapped("base", "two-grids", plain));
        assertTrue(Study.drawsMap(chosen, "one-grid", plain), "another layout, however alike");
        chosen.add(mapped("one-grid", "one-grid", plain));
        assertFalse(Study.drawsMap(chosen, "two-grids", plain), "same layout, same look");
        assertTrue(Study.drawsMap(chosen, "two-grids", outreach), "tours appear");
        chosen.add(mapped("outreach", "two-grids", outreach));
        assertFalse(Study.drawsMap(chosen, "two-grids", outreach), "looks like a map already drawn");
        // The cap on maps beyond one per layout: the outreach map is one of them.
        for (int i = 1; i < Study.MAX_VARIANT_MAPS; i++) {
            LayoutMap.Sketch distinct = tours(List.of(List.of("H1", "X" + i, "H1")));
            assertTrue(Study.drawsMap(chosen, "two-grids", distinct), "extra map " + i);
            chosen.add(mapped("v" + i, "two-grids", distinct));
        }
        assertFalse(Study.drawsMap(chosen, "two-grids", tours(List.of(List.of("H1", "Y", "H1")))), "over the cap");
        assertTrue(Study.drawsMap(chosen, "three-grids", plain), "a layout is never capped");
    }
}

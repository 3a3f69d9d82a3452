package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.Access;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.ChoiceSpec;
import org.tiercare.scenario.ConditionSpec;
import org.tiercare.scenario.DemandSpec;
import org.tiercare.scenario.EdgeSpec;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.NetworkSpec;
import org.tiercare.scenario.OpeningHours;
import org.tiercare.scenario.OutpatientSpec;
import org.tiercare.scenario.PolicySpec;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.Tier;
import org.tiercare.scenario.VariantSpec;
import org.tiercare.scenario.WhenFull;
import org.tiercare.scenario.ZoneSpec;

/** tier_defaults, CSV tables, network, layouts, demand, conditions, choice, policy, variants. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class NewSectionsTest {

    static final Path DIR = ScenarioLoaderTest.DIR;
    static final Path FULL = DIR.resolve("full.yaml");

    @TempDir Path dir;

    @Test
    void everySectionLoadsIntoItsRecords() throws Exception {
        Scenario s = ScenarioLoader.load(FULL);
        // zones from CSV: quoted cell with a comma, blank contract_coverage = policy's (NaN)
        assertEquals(List.of(new ZoneSpec("Z1", "Old town", 0, 0, 120000, 0.6), new ZoneSpec("Z2", "New town, east", 5, 0, 80000, Double.NaN),
                new ZoneSpec("Z3", "Hills", 10, 5, 20000, Double.NaN)), s.zones());

        // tier_defaults merged under the facility's own keys
        FacilitySpec h1 = s.facility("H1").orElseThrow();
        assertEquals(0.5, h1.x());
        assertEquals(0.5, h1.y());
        assertTrue(h1.emergency());
        assertEquals(new OutpatientSpec(40, Access.APPOINTMENT, OpeningHours.ALWAYS, new Distribution.Deterministic(10 / 60.0), 800, 14 * 24, false),
                h1.outpatient());
        assertEquals(new BedSpec(500, new Distribution.LogNormal(8 * 24, 5 * 24), WhenFull.WAIT, false), h1.beds());
        // own slot share; the rest from the policy
        assertEquals(new ReservationSpec(0.5, 0.25, 28 * 24, 48, true), h1.reservation());
        FacilitySpec c2 = s.facility("C2").orElseThrow();
        assertTrue(Double.isNaN(c2.x()));
        assertEquals(2, c2.outpatient().doctors());
        assertEquals(new Distribution.Deterministic(0.2), c2.outpatient().consultTime());
        assertEquals(8, c2.outpatient().hours().sessions().get(0).openHour());
        // reservations are resolved by the loader for the active layout: a clinic keeps none, a lead hospital
        // without its own section takes the policy's, and stops doing so in a layout where it does not lead
        assertEquals(ReservationSpec.NONE, c2.reservation());
        assertEquals(new ReservationSpec(0.33, 0.25, 28 * 24, 48, true), s.facility("H2").orElseThrow().reservation());
        assertEquals(s.policy().reservation(), s.facility("H2").orElseThrow().reservation());
        assertEquals(ReservationSpec.NONE,
                ScenarioLoader.load(FULL, List.of("layout=one-grid")).facility("H2").orElseThrow().reservation());
        assertEquals(50, s.facility("P1").orElseThrow().beds().count());
        assertEquals(new Distribution.LogNormal(8 * 24, 5 * 24), s.facility("P1").orElseThrow().beds().lengthOfStay());
        assertEquals(4, s.facility("H2").orElseThrow().outpatient().doctors() - 6);

        // network: km turned into hours with the detour factor and speed
        assertEquals(new NetworkSpec(40, 1.5, 0.25, List.of(new EdgeSpec("Z1", "Z2", 1 / 3.0), new EdgeSpec("Z2", "Z3", 10 * 1.5 / 40))),
                s.network());

        // layouts: the lead counts as a member
        assertEquals("two-grids", s.layout());
        assertEquals(new LayoutSpec("two-grids", "north and south", List.of(
                new GridSpec("G1", "H1", List.of("Z1"), List.of("H1", "C1")),
                new GridSpec("G2", "H2", List.of("Z2", "Z3"), List.of("H2", "C2", "C3"))), List.of("P1")), s.activeLayout());
        assertEquals(List.of("H1", "H2", "C1", "C2", "C3"), s.layouts().get(1).grids().get(0).members());

        // demand: profiles normalised to mean 1
        DemandSpec d = s.demand();
        assertEquals(5, d.contactsPerResidentYear());
        assertEquals(24, d.hourOfDay().length);
        assertEquals(2 * 24 / 19.0, d.hourOfDay()[8], 1e-12);
        assertEquals(0, d.hourOfDay()[0]);
        assertArrayEquals(new double[] {7 / 6.0, 7 / 6.0, 7 / 6.0, 7 / 6.0, 7 / 6.0, 3.5 / 6, 3.5 / 6}, d.dayOfWeek(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, d.monthOfYear());
        assertEquals(List.of(new DemandSpec.SurgeSpec(60 * 24, 120 * 24, 1.5, List.of("Z1"))), d.surges());
        assertEquals(DemandSpec.Start.STEADY, d.start(), "start defaults to steady");

        // conditions: tier maps expanded
        ConditionSpec minor = s.conditions().get(0);
        assertEquals(1, minor.severity());
        assertEquals(0, minor.admissionProbability(Tier.VILLAGE));
        assertEquals(Map.of(), minor.lengthOfStay());
        ConditionSpec chronic = s.conditions().get(1);
        Map<Tier, Double> admit = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) admit.put(t, t == Tier.TERTIARY ? 0.1 : 0.02);
        assertEquals(admit, chronic.admissionProbability());
        assertEquals(new Distribution.LogNormal(8 * 24, 5 * 24), chronic.lengthOfStay(Tier.TERTIARY));
        assertEquals(new Distribution.Deterministic(5 * 24), chronic.lengthOfStay(Tier.REHAB));
        assertEquals(new ConditionSpec.FollowUp(3, 30 * 24, 0.3, 30 * 24), chronic.followUp());
        assertEquals(0.2, chronic.downReferralProbability());
        ConditionSpec stroke = s.conditions().get(2);
        assertTrue(stroke.emergency());
        assertEquals(0.9, stroke.admissionProbability(Tier.SECONDARY));
        assertEquals(new Distribution.Gamma(4, 72), stroke.lengthOfStay(Tier.COMMUNITY));

        assertEquals(new ChoiceSpec(Map.of(Tier.TERTIARY, 0.8, Tier.SECONDARY, 0.3, Tier.COMMUNITY, 0.0), -2.5, 0, 7 * 24, 2), s.choice());
        assertEquals(new PolicySpec(new ReservationSpec(0.33, 0.25, 28 * 24, 48, true), 0.4, 0.7, 1, PolicySpec.ReferralRule.LEAD, 0.7),
                s.policy());
        assertEquals(List.of(new VariantSpec("reserve-half", "half the slots",
                        List.of("policy.reserved_slot_share=0.5", "facilities.H1.outpatient.doctors=50")),
                new VariantSpec("single-grid", "", List.of("layout=\"one-grid\""))), s.variants());

        assertEquals(DIR.resolve("full-zones.csv") + ":3:1", s.where("Z2"));
        assertEquals(FULL + ":18:10", s.where("H1"));
        assertEquals(FULL + ":32:9", s.where("two-grids"));
        assertEquals(FULL + ":36:14", s.where("two-grids/G2"));
        assertEquals(FULL + ":57:9", s.where("stroke"));
        assertEquals(FULL + ":77:10", s.where("single-grid"));
        assertEquals(FULL + ":38:9", s.where("layout/one-grid"));
        assertEquals(FULL + ":77:10", s.where("variant/single-grid"));
        assertEquals(FULL + ":48:9", s.where("condition/minor"));
    }

    @Test
    void variantOverridesLoadAsTheyAreStored() throws Exception {
        Scenario base = ScenarioLoader.load(FULL);
        Scenario v = ScenarioLoader.load(FULL, base.variants().get(1).overrides());
        assertEquals("one-grid", v.layout());
        Scenario w = ScenarioLoader.load(FULL, base.variants().get(0).overrides());
        assertEquals(50, w.facility("H1").orElseThrow().outpatient().doctors());
        assertEquals(0.5, w.policy().reservation().slotShare());
    }

    @Test
    void everyNewKindOfMistakeIsReportedAtItsLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(DIR.resolve("broken.yaml")));
        String yaml = DIR.resolve("broken.yaml").toString(), csv = DIR.resolve("broken-zones.csv").toString();
        Object[][] expected = {
            {csv, 3, 4, "zones[Z2].x: 'abc' is not a number"},
            {yaml, 4, 3, "unknown tier 'comunity' in tier_defaults; expected one of: tertiary, secondary, community, township, village, rehab (did you mean 'community'?)"},
            {yaml, 7, 43, "facilities[H1].x: x and y go together; expected both (km), or neither"},
            {yaml, 8, 81, "facilities[H1].reservation.slot_share: 1.5 is outside [0, 1]"},
            {yaml, 12, 18, "network.detour_factor: 0.8 is too small; expected a number >= 1"},
            {yaml, 14, 44, "network.edges[0]: gives both time and km; expected exactly one of time"},
            {yaml, 15, 22, "network.edges[1].to: 'H9' is neither a zone nor a facility"},
            {yaml, 19, 7, "layouts[two].grids: zones Z3, Z4 are in no grid of this layout; expected every zone in exactly one grid"},
            {yaml, 19, 24, "layouts[two].grids[G1].lead: 'C1' is a community facility; expected a tertiary or secondary hospital"},
            {yaml, 20, 14, "duplicate grid id 'G1' (first used at line 19, column 14); expected each grid id once within a layout"},
            {yaml, 20, 24, "layouts[two].grids[G1].lead: 'H2' is already a member of grid 'G1'; expected a facility in at most one grid"},
            {yaml, 20, 36, "zone 'Z2' is already in grid 'G1'; expected every zone in exactly one grid"},
            {yaml, 20, 40, "'Z9' is not a zone; known zones: Z1, Z2, Z3, Z4"},
            {yaml, 21, 21, "layouts[two].collaborating[0]: 'H2' is a member of grid 'G1'; expected collaborating units outside"},
            {yaml, 22, 9, "layout: 'three' is not a layout; known layouts: two"},
            {yaml, 25, 16, "demand.hour_of_day: 3 values; expected 24 numbers >= 0"},
            {yaml, 26, 31, "demand.surges[0].end: 30 d is not after start 60 d; expected end > start"},
            {yaml, 28, 3, "conditions: the shares sum to 0.9; expected them to sum to 1"},
            {yaml, 28, 3, "conditions: a condition is an emergency, but no facility has an emergency department"},
            {yaml, 28, 39, "conditions[minor].severity: 0 is less than 1; expected a whole number >= 1"},
            {yaml, 29, 70, "'tertairy' is not a tier; expected a probability, or a map with keys among tertiary"},
            {yaml, 31, 19, "choice.tier_constants: no tiers; expected at least one tier"},
            {yaml, 33, 27, "policy.gatekeeping_compliance: 1.2 is outside [0, 1]"},
            {yaml, 34, 18, "policy.referral_rule: 'nearest' is not a referral rule; expected one of: secondary_first, lead"},
            {yaml, 38, 35, "variants[more].set: policy.reserved_slot_share: 2 is outside [0, 1]"},
            {yaml, 39, 7, "variants[more].set: unknown key 'facilitys' at the top level"},
        };
        List<Problem> ps = e.problems();
        assertEquals(expected.length, ps.size(), e::getMessage);
        for (Object[] x : expected) {
            assertTrue(ps.stream().anyMatch(p -> p.file().equals(x[0]) && p.line() == (int) x[1] && p.column() == (int) x[2]
                    && p.message().contains((String) x[3])), () -> "wanted " + List.of(x) + " in\n" + e.getMessage());
        }
        assertTrue(ps.get(0).toString().startsWith(csv + ":3:4: "), ps.get(0)::toString);
    }

    @Test
    void setAddsKeysToAbsentSectionsAndSwitchesLayout() throws Exception {
        Path valid = DIR.resolve("valid.yaml");
        Scenario s = ScenarioLoader.load(valid, List.of("policy.reserved_slot_share=0.2", "facilities.H1.reservation.bed_share=0.1",
                "network.speed_kmh=50"));
        assertEquals(0.2, s.policy().reservation().slotShare());
        assertEquals(1, s.policy().gatekeepingCompliance());
        assertEquals(new ReservationSpec(0.2, 0.1, 28 * 24, 24, false), s.facility("H1").orElseThrow().reservation());
        assertEquals(50, s.network().speedKmh());
        assertEquals(PolicySection.defaults(), ScenarioLoader.load(valid).policy());

        assertEquals("one-grid", ScenarioLoader.load(FULL, List.of("layout=one-grid")).layout());
        // a key set in a tier default's section is the facility's own and wins
        assertEquals(9, ScenarioLoader.load(FULL, List.of("facilities.C1.outpatient.doctors=9")).facility("C1").orElseThrow()
                .outpatient().doctors());

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(valid, List.of(
                "polcy.reserved_slot_share=0.2", "policy.reserved_slot_sahre=0.2", "layout=x")));
        List<String> got = e.problems().stream().map(Problem::toString).toList();
        assertEquals(3, got.size(), got::toString);
        assertTrue(got.get(0).startsWith("--set: 'polcy.reserved_slot_share=0.2': unknown key 'polcy' at the top level")
                && got.get(0).endsWith("(did you mean 'policy'?)"), got::toString);
        assertTrue(got.get(1).startsWith("--set: 'policy.reserved_slot_sahre=0.2': unknown key 'reserved_slot_sahre' in policy")
                && got.get(1).endsWith("(did you mean 'reserved_slot_share'?)"), got::toString);
        assertEquals("--set: 'layout=x': layout: 'x' is not a layout; the scenario declares no layouts: add a 'layouts' section,"
                + " or remove 'layout'", got.get(2));
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static final String CSV_SCENARIO = """
            name: csv
            horizon: 30 d
            tier_defaults:
              community: {outpatient: {consult_time: 12 min}}
              tertiary: {outpatient: {access: appointment, consult_time: 10 min}, beds: {length_of_stay: 5 d}}
            zones: {csv: zones.csv}
            facilities: {csv: facilities.csv}
            network: {edges: {csv: edges.csv}}
            arrivals: [{facility: C1, rate_per_hour: 1}]
            """;

    @Test
    void facilitiesAndEdgesFromCsv() throws Exception {
        write("zones.csv", "id,name,x,y,residents\nZ1,North,0,0,1000\nZ2,South,0,4,2000\n");
        write("facilities.csv", """
                id,name,tier,zone,x,y,capability,emergency,doctors,beds,slots_per_day
                H1,"City hospital",tertiary,Z1,0.5,0.5,,true,20,300,400
                C1,South clinic,community,Z2,,,3,,2,,
                """);
        write("edges.csv", "from,to,minutes,km\r\nZ1,Z2,25,\r\nZ2,H1,,6\r\n");
        Scenario s = ScenarioLoader.load(write("s.yaml", CSV_SCENARIO));
        FacilitySpec h1 = s.facility("H1").orElseThrow();
        assertEquals("City hospital", h1.name());
        assertEquals(4, h1.capability());
        assertTrue(h1.emergency());
        assertEquals(0.5, h1.x());
        assertEquals(new OutpatientSpec(20, Access.APPOINTMENT, OpeningHours.ALWAYS, new Distribution.Deterministic(10 / 60.0), 400, 14 * 24, false),
                h1.outpatient());
        assertEquals(new BedSpec(300, new Distribution.Deterministic(120), WhenFull.WAIT, false), h1.beds());
        FacilitySpec c1 = s.facility("C1").orElseThrow();
        assertEquals(3, c1.capability());
        assertTrue(Double.isNaN(c1.x()));
        assertEquals(2, c1.outpatient().doctors());
        assertNull(c1.beds());
        assertEquals(List.of(new EdgeSpec("Z1", "Z2", 25 / 60.0), new EdgeSpec("Z2", "H1", 6 * 1.3 / 30)), s.network().edges());
        assertEquals(dir.resolve("facilities.csv") + ":3:1", s.where("C1"));
        // --set reaches CSV rows by id
        assertEquals(7, ScenarioLoader.load(dir.resolve("s.yaml"), List.of("facilities.C1.outpatient.doctors=7"))
                .facility("C1").orElseThrow().outpatient().doctors());
    }

    @Test
    void csvMistakesPointIntoTheCsvFile() throws Exception {
        write("zones.csv", "id,name,x,y,resident\nZ1,North,0,0,1000\n");
        write("facilities.csv", "id,tier,zone,doctors\nH1,tertiary,Z1,20\nC1,comunity,Z1,-2\nC2,community,Z1,2,9\n");
        String yaml = CSV_SCENARIO.replace("edges.csv", "nothere.csv");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(write("s.yaml", yaml)));
        List<String> got = e.problems().stream().map(Problem::toString).toList();
        String z = dir.resolve("zones.csv").toString(), f = dir.resolve("facilities.csv").toString(), y = dir.resolve("s.yaml").toString();
        assertTrue(got.contains(z + ":1:13: unknown column 'resident' in the header; expected columns id,name,x,y,residents,contract_coverage"
                + " (did you mean 'residents'?)"), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith(f + ":3:4: facilities[C1].tier: 'comunity' is not a tier")), got::toString);
        assertTrue(got.contains(f + ":3:16: facilities[C1].outpatient.doctors: -2 is negative; expected a whole number >= 0"), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith(f + ":4:19: this row has 5 cells but the header has 4 columns")), got::toString);
        assertTrue(got.stream().anyMatch(p -> p.startsWith(y + ":8:24: network.edges.csv: no such file")), got::toString);
        // a tier default without a required key points at the default
        assertTrue(got.contains(y + ":5:77: facilities[H1].beds: missing required key 'count'; expected a whole number >= 0"), got::toString);
        // an unreadable zones file does not also make every zone reference "unknown"
        assertTrue(got.stream().noneMatch(p -> p.contains("is not a zone") || p.contains("expected a list of")), got::toString);
    }

    private List<String> problems(String yaml) throws Exception {
        Path f = write("c.yaml", yaml);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String BASE = """
            name: t
            horizon: 1 d
            zones: [{id: Z1, residents: 100}, {id: Z2, residents: 100}]
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 1, consult_time: 10 min}}
              - {id: H1, tier: tertiary, zone: Z2, outpatient: {doctors: 1, consult_time: 10 min}}
            """;
    private static final String DEMAND = "demand: {contacts_per_resident_year: 5}\n";
    private static final String CONDITIONS = "conditions: [{id: a, share: 1}]\n";

    @Test
    void demandStartIsSteadyOrEmpty() throws Exception {
        String ok = BASE + "demand: {contacts_per_resident_year: 5, start: empty}\n" + CONDITIONS;
        assertEquals(DemandSpec.Start.EMPTY, ScenarioLoader.load(write("ok.yaml", ok)).demand().start());
        assertEquals(DemandSpec.Start.STEADY, ScenarioLoader.load(write("ok.yaml", ok), List.of("demand.start=steady")).demand().start());
        List<String> ps = problems(BASE + "demand: {contacts_per_resident_year: 5, start: stedy}\n" + CONDITIONS);
        assertTrue(ps.get(0).endsWith(":7:48: demand.start: 'stedy' is not a starting state for demand; expected one of: steady, empty"
                + " (did you mean 'steady'?)"), ps::toString);
    }

    @Test
    void demandAndConditionsGoTogether() throws Exception {
        assertTrue(problems(BASE).get(0).endsWith("the scenario has no demand; expected a 'demand' section (needs arising in zones,"
                + " with 'conditions') or an 'arrivals' list (fixed Poisson streams), or both"));
        List<String> ps = problems(BASE + DEMAND);
        assertTrue(ps.get(0).contains(":7:9: demand: needs a 'conditions' list"), ps::toString);
        ps = problems(BASE + CONDITIONS + "arrivals: [{facility: C1, rate_per_hour: 1}]\n");
        assertTrue(ps.get(0).contains(":7:13: conditions: conditions describe zone-based demand, but there is no 'demand' section"), ps::toString);
        ps = problems(BASE.replace("residents: 100", "residents: 0") + DEMAND + CONDITIONS);
        assertTrue(ps.get(0).contains("demand: needs residents, but every zone has residents: 0"), ps::toString);
        assertEquals(1, ScenarioLoader.load(write("ok.yaml", BASE + DEMAND + CONDITIONS)).conditions().size());
    }

    @Test
    void zonesMustReachCareOverTheEdges() throws Exception {
        String edges = "network: {edges: [{from: Z1, to: C1, time: 5 min}]}\n";
        String emergency = "conditions: [{id: a, share: 0.9}, {id: b, share: 0.1, emergency: true}]\n";
        List<String> ps = problems(BASE.replace("zone: Z2, ", "") + DEMAND + emergency + edges);
        assertTrue(ps.stream().anyMatch(p -> p.contains(":3:40: zone 'Z2' cannot reach any facility with outpatient service over network.edges")),
                ps::toString);
        assertTrue(ps.stream().anyMatch(p -> p.contains("a condition is an emergency, but no facility has an emergency department")), ps::toString);
        ps = problems(BASE.replace("zone: Z2, ", "emergency: true, ") + DEMAND + emergency + edges);
        assertTrue(ps.stream().anyMatch(p -> p.contains(":3:14: zone 'Z1' cannot reach any facility with emergency: true")), ps::toString);
        // the implicit edge between a facility and its zone counts
        assertEquals(2, ScenarioLoader.load(write("ok.yaml", BASE.replace("zone: Z2, ", "zone: Z2, emergency: true, ") + DEMAND + emergency
                + "network: {edges: [{from: Z1, to: H1, km: 3}]}\n")).conditions().size());
    }

    @Test
    void variantProblemsElsewhereInTheScenarioAreReportedAtTheVariant() throws Exception {
        String yaml = BASE + DEMAND + CONDITIONS + "variants:\n  - id: v\n    set: {facilities.H1.outpatient.access: appointment}\n";
        List<String> ps = problems(yaml);
        assertEquals(1, ps.size(), ps::toString);
        assertTrue(ps.get(0).contains(":11:10: variants[v].set: facilities[H1].outpatient: missing required key 'slots_per_day'"), ps::toString);
        assertTrue(ps.get(0).endsWith("c.yaml:6:52)"), ps::toString);
    }
}

package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;
import org.tiercare.report.RunWarning;
import org.tiercare.scenario.Scenario;

/**
 * The warnings of meaning, each made to appear by a hand-made scenario whose flaw is plain from its numbers, and
 * not to appear once the flaw is mended; and the shipped demo gets none of them.
 */
class ScenarioWarningsTest {
    @TempDir
    Path dir;

    private Scenario load(String yaml, String... set) throws Exception {
        Path f = dir.resolve("s" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml);
        return ScenarioLoader.load(f, List.of(set));
    }

    private static List<RunWarning> of(List<RunWarning> ws, String code) {
        return ws.stream().filter(w -> w.code().equals(code)).toList();
    }

    /** A walk-in clinic with no doctors and a ward with no beds, each sent one patient an hour. */
    private static final String CLOSED = """
            name: closed
            seed: 3
            replications: 3
            warmup: 0 h
            horizon: 100 h
            facilities:
              - {id: C1, tier: community, outpatient: {doctors: 0, hours: always, consult_time: {dist: exponential, mean: 20 min}}}
              - {id: W1, tier: secondary, beds: {count: 0, length_of_stay: {dist: exponential, mean: 5 h}, when_full: wait}}
            arrivals:
              - {facility: C1, rate_per_hour: 1}
              - {facility: W1, rate_per_hour: 1, entry: admission}
            """;

    @Test
    void aClinicWithoutDoctorsAndAWardWithoutBedsHaveNoCapacity() throws Exception {
        List<RunWarning> ws = ScenarioWarnings.check("base", load(CLOSED));
        List<RunWarning> none = of(ws, RunWarning.NO_CAPACITY);
        assertEquals(List.of("C1", "W1"), none.stream().map(RunWarning::scopeId).toList(), ws::toString);
        assertTrue(none.get(0).messageEn().contains("no doctors") && none.get(0).messageZh().contains("没有医师"), ws::toString);
        assertTrue(none.get(1).messageEn().contains("no beds"), ws::toString);
        // With a doctor and beds the same streams are served (ρ = 1/3 and 5 of 12 beds): nothing to say.
        List<RunWarning> open = ScenarioWarnings.check("base", load(CLOSED,
                "facilities.C1.outpatient.doctors=1", "facilities.W1.beds.count=12"));
        assertEquals(List.of(), open, open::toString);
    }

    /** Zone demand admitted where it is seen (the township centre, 10 % of consults) into a ward of 0 beds. */
    @Test
    void demandAdmittedToAWardWithoutBeds() throws Exception {
        String yaml = """
                name: bedless ward
                warmup: 0 h
                horizon: 10 d
                zones: [{id: Z1, x: 0, y: 0, residents: 10000}]
                facilities:
                  - {id: T1, tier: township, zone: Z1, outpatient: {doctors: 5, consult_time: 10 min},
                     beds: {count: 0, length_of_stay: 3 d, when_full: divert}}
                demand: {contacts_per_resident_year: 2}
                conditions:
                  - {id: minor, share: 1, severity: 1, admission_probability: {default: 0, township: 0.1}}
                """;
        List<RunWarning> ws = ScenarioWarnings.check("base", load(yaml));
        assertEquals(List.of("T1"), of(ws, RunWarning.NO_CAPACITY).stream().map(RunWarning::scopeId).toList(), ws::toString);
        // The same ward with 20 beds: 10,000 × 2 / 8,760 × 0.1 × 72 h ≈ 16 beds' worth, 82 % of 20; nothing to say.
        assertEquals(List.of(), ScenarioWarnings.check("base", load(yaml, "facilities.T1.beds.count=20")));
    }

    /**
     * The measured bug: with no doctors, every request waits to the end, so visits are 0 and unserved 0; queued_at_end
     * now counts them — all the requests of the run, since none is ever seen (warm-up 0, so every request counts).
     * The warning reaches the run's warnings (manifest, console, report) too.
     */
    @Test
    void requestsStillQueuedAtTheEndAreCounted() throws Exception {
        Scenario s = load(CLOSED);
        Study.Result r = Study.run(s, new Study.Options(3, 2, dir.resolve("run"), false, "test"), null);
        assertEquals(2, of(r.warnings(), RunWarning.NO_CAPACITY).size(), r.warnings()::toString);
        assertTrue(Files.readString(r.folder().resolve("manifest.json")).contains("\"code\" : \"no_capacity\""));
        List<MetricRow> rows = Experiment.run(s, "base", 3, 2, null).rows();
        for (int rep = 1; rep <= 3; rep++) {
            double requests = value(rows, rep, "C1", "outpatient_requests"), queued = value(rows, rep, "C1", "queued_at_end");
            assertTrue(requests > 50, "about 100 arrivals in 100 h: " + requests);
            assertEquals(requests, queued, "replication " + rep);
            assertEquals(0, value(rows, rep, "C1", "visits"));
            assertEquals(value(rows, rep, "W1", "admission_requests"), value(rows, rep, "W1", "queued_at_end"));
        }
    }

    private static double value(List<MetricRow> rows, int rep, String facility, String metric) {
        return rows.stream().filter(x -> x.replication() == rep && x.scope().equals("facility") && x.scopeId().equals(facility)
                && x.metric().equals(metric)).findFirst().orElseThrow(() -> new AssertionError(metric)).value();
    }

    @Test
    void referralCyclesOfProbabilityOne() throws Exception {
        String yaml = """
                name: cycles
                warmup: 0 h
                horizon: 10 h
                facilities:
                  - {id: A, tier: community, outpatient: {doctors: 1, hours: always, consult_time: 10 min}}
                  - {id: B, tier: secondary, outpatient: {doctors: 1, hours: always, consult_time: 10 min}}
                  - {id: S, tier: secondary, outpatient: {doctors: 1, hours: always, consult_time: 10 min}}
                  - {id: D, tier: community, outpatient: {doctors: 1, hours: always, consult_time: 10 min}}
                  - {id: E, tier: secondary, outpatient: {doctors: 1, hours: always, consult_time: 10 min}}
                arrivals:
                  - {facility: A, rate_per_hour: 0.1}
                  - {facility: D, rate_per_hour: 0.1}
                referrals:
                  - {from: A, to: B, probability: 1}
                  - {from: B, to: A, probability: 1}
                  - {from: S, to: S, probability: 1}
                  - {from: D, to: E, probability: 0.9}
                  - {from: E, to: D, probability: 1}
                """;
        List<RunWarning> ws = ScenarioWarnings.check("base", load(yaml));
        List<RunWarning> cycles = of(ws, RunWarning.REFERRAL_CYCLE);
        // A → B → A and S → S never leak; D → E → D leaks 10 % at D: a patient makes 10 rounds on average, then leaves.
        assertEquals(List.of("A", "S"), cycles.stream().map(RunWarning::scopeId).toList(), ws::toString);
        assertTrue(cycles.get(0).messageEn().contains("A \u2192 B \u2192 A"), cycles.toString());
        assertTrue(cycles.get(1).messageEn().contains("S \u2192 S"), cycles.toString());
        // D and E: 0.1/h × 10 rounds = 1 consult an hour each, 10 min each: ρ = 1/6, not overloaded; A and B's
        // load is unbounded and told as a cycle, not as a load figure.
        assertEquals(List.of(), of(ws, RunWarning.OVERLOADED), ws::toString);
    }

    @Test
    void offeredLoadAtOrAboveCapacityOfFixedStreams() throws Exception {
        Path clinic = Path.of("scenarios/validation/mmc-rho08.yaml");
        // λ = 7.2/h × 20 min = 2.4 doctors' work against 2 doctors: 120 %.
        List<RunWarning> over = ScenarioWarnings.check("base", ScenarioLoader.load(clinic, List.of("arrivals.0.rate_per_hour=7.2")));
        assertEquals(1, over.size(), over::toString);
        assertEquals(RunWarning.OVERLOADED, over.get(0).code());
        assertTrue(over.get(0).messageEn().contains("(120 %"), over.toString());
        assertEquals(List.of(), ScenarioWarnings.check("base", ScenarioLoader.load(clinic)), "ρ = 0.8");
        Path ward = Path.of("scenarios/validation/mmcc-ward.yaml");
        // 3 admissions an hour × 5 h = 15 beds' worth against 12: 125 %; at 2 an hour 10 of 12.
        List<RunWarning> beds = ScenarioWarnings.check("base", ScenarioLoader.load(ward, List.of("arrivals.0.rate_per_hour=3")));
        assertEquals(1, beds.size(), beds::toString);
        assertTrue(beds.get(0).messageEn().contains("about 15 beds") && beds.get(0).messageEn().contains("(125 %"), beds.toString());
        assertEquals(List.of(), ScenarioWarnings.check("base", ScenarioLoader.load(ward)));
    }

    /**
     * Zone demand: 87,600 residents × 10 contacts a year = 100 needs an hour, each one 10-minute consult (severity 1)
     * = 16.7 doctors' work, against 10 doctors open around the clock (167 %) or 20 (83 %). Beds: 5 % of needs admitted
     * for 2 d = 5 an hour × 48 h = 240 beds' worth, against 100 beds (240 %) or 300 (80 %).
     */
    @Test
    void offeredLoadOfZoneDemandOnTheNetwork() throws Exception {
        String yaml = """
                name: demand
                warmup: 0 h
                horizon: 10 d
                zones: [{id: Z1, x: 0, y: 0, residents: 87600}]
                facilities:
                  - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 10, hours: always, consult_time: 10 min},
                     beds: {count: 100, length_of_stay: 2 d, when_full: divert}}
                demand: {contacts_per_resident_year: 10}
                conditions:
                  - {id: minor, share: 1, severity: 1, admission_probability: {default: 0.05}}
                """;
        List<RunWarning> ws = ScenarioWarnings.check("base", load(yaml));
        assertEquals(2, ws.size(), ws::toString);
        assertTrue(ws.stream().allMatch(w -> w.code().equals(RunWarning.OVERLOADED) && w.scope().equals("network")), ws::toString);
        assertTrue(ws.get(0).messageEn().contains("2,800 doctor-hours") && ws.get(0).messageEn().contains("1,680"), ws::toString);
        assertTrue(ws.get(1).messageEn().contains("about 240 beds") && ws.get(1).messageEn().contains("(240 %"), ws::toString);
        List<RunWarning> enough = ScenarioWarnings.check("base", load(yaml,
                "facilities.C1.outpatient.doctors=20", "facilities.C1.beds.count=300"));
        assertEquals(List.of(), enough, enough::toString);
    }

    @Test
    void conditionsNobodyCanResolveHaveNoRoute() throws Exception {
        String yaml = """
                name: routes
                warmup: 0 h
                horizon: 10 d
                zones:
                  - {id: Z1, x: 0, y: 0, residents: 10000}
                  - {id: Z2, x: 10, y: 0, residents: 10000}
                facilities:
                  - {id: H1, tier: secondary, zone: Z1, capability: 3, emergency: false, outpatient: {doctors: 10, consult_time: 10 min}}
                  - {id: C1, tier: community, zone: Z1, capability: 2, outpatient: {doctors: 10, consult_time: 10 min}}
                  - {id: C2, tier: community, zone: Z2, capability: 2, outpatient: {doctors: 10, consult_time: 10 min}}
                  - {id: S2, tier: secondary, zone: Z2, capability: 2, emergency: true, outpatient: {doctors: 10, consult_time: 10 min}}
                layouts:
                  - id: two
                    grids:
                      - {id: West, lead: H1, zones: [Z1], members: [H1, C1]}
                      - {id: East, lead: S2, zones: [Z2], members: [S2, C2]}
                layout: two
                demand: {contacts_per_resident_year: 1}
                conditions:
                  - {id: minor, share: 0.5, severity: 1}
                  - {id: serious, share: 0.3, severity: 3}
                  - {id: grave, share: 0.2, severity: 4}
                """;
        List<RunWarning> ws = of(ScenarioWarnings.check("base", load(yaml)), RunWarning.NO_ROUTE);
        // serious (3): H1 resolves it, but East reaches only S2 and C2 (capability 2); grave (4): nobody anywhere.
        // (An emergency condition without any emergency department is the loader's error, not a warning.)
        assertEquals(List.of("grid East", "network all"),
                ws.stream().map(w -> w.scope() + " " + w.scopeId()).toList(), ws::toString);
        assertTrue(ws.get(0).messageEn().contains("condition serious (severity 3)"), ws::toString);
        assertTrue(ws.get(1).messageEn().contains("condition grave (severity 4)"), ws::toString);
        // Both leads able to resolve 4: every need of each grid has a way within it.
        List<RunWarning> mended = of(ScenarioWarnings.check("base", load(yaml,
                "facilities.H1.capability=4", "facilities.S2.capability=4")), RunWarning.NO_ROUTE);
        // Only West's lead: East's serious and grave patients still have nowhere to go within their grid.
        List<RunWarning> half = of(ScenarioWarnings.check("base", load(yaml, "facilities.H1.capability=4")), RunWarning.NO_ROUTE);
        assertEquals(List.of("grid East", "grid East"), half.stream().map(w -> w.scope() + " " + w.scopeId()).toList(), half::toString);
        assertEquals(List.of(), mended, mended::toString);
    }

    /** The shipped demo, in both its layouts, is meant to be sound: none of these warnings. */
    @Test
    void theDemoHasNoneOfTheseWarnings() throws Exception {
        Path demo = Path.of("scenarios/demo-district.yaml");
        assertEquals(List.of(), ScenarioWarnings.check("base", ScenarioLoader.load(demo)));
        assertEquals(List.of(), ScenarioWarnings.check("three-grids", ScenarioLoader.load(demo, List.of("layout=three-grids"))));
    }
}

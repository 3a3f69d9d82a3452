package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.Scenario;

/** Semantic checks, one small scenario each. */
@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class ChecksTest {

    @TempDir Path dir;

    private static final String HEAD = "name: t\nhorizon: 1 d\n";
    private static final String CLINIC = """
            facilities:
              - id: C1
                tier: community
                outpatient: {doctors: 1, consult_time: 10 min}
            """;
    private static final String ARRIVAL = "arrivals:\n  - {facility: C1, rate_per_hour: 1}\n";

    private Scenario load(String yaml) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return ScenarioLoader.load(f);
    }

    private List<String> problems(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
        return e.problems().stream().map(Problem::message).toList();
    }

    private void assertProblem(String yaml, String expected) {
        List<String> ps = problems(yaml);
        assertTrue(ps.stream().anyMatch(p -> p.contains(expected)), () -> "wanted '" + expected + "' in " + ps);
    }

    @Test
    void distributions() throws Exception {
        String tpl = HEAD + "facilities:\n  - id: C1\n    tier: village\n    outpatient: {doctors: 1, consult_time: %s}\n" + ARRIVAL;
        Object[][] ok = {
            {"{dist: deterministic, value: 90 s}", new Distribution.Deterministic(0.025)},
            {"{dist: uniform, min: 5 min, max: 15 min}", new Distribution.Uniform(5 / 60.0, 15 / 60.0)},
            {"{dist: triangular, min: 0, mode: 1, max: 3}", new Distribution.Triangular(0, 1, 3)},
            {"{dist: normal, mean: 2 h, sd: 30 min}", new Distribution.TruncatedNormal(2, 0.5)},
            {"{dist: gamma, shape: 2, scale: 1 d}", new Distribution.Gamma(2, 24)},
            {"{dist: gamma, mean: 4, sd: 2}", new Distribution.Gamma(4, 1)},
            {"{dist: weibull, shape: 1.5, scale: 2}", new Distribution.Weibull(1.5, 2)},
            {"{dist: empirical, values: [1, 2 h, 30 min], weights: [1, 0, 3]}",
                new Distribution.Empirical(new double[] {1, 2, 0.5}, new double[] {1, 0, 3})},
            {"2", new Distribution.Deterministic(2)},
        };
        for (Object[] c : ok) {
            assertEquals(c[1], load(tpl.formatted(c[0])).facilities().get(0).outpatient().consultTime(), (String) c[0]);
        }
        assertProblem(tpl.formatted("{dist: exponental, mean: 1}"), "is not a distribution; expected one of: exponential,");
        assertProblem(tpl.formatted("{dist: exponential, mean: 0}"), "consult_time.mean: 0 is zero; expected a duration > 0");
        assertProblem(tpl.formatted("{dist: exponential, mean: 1, sd: 2}"), "unknown key 'sd' in facilities[C1].outpatient.consult_time; expected one of: dist, mean");
        assertProblem(tpl.formatted("{dist: uniform, min: 3, max: 1}"), "max (1 h) is below min (3 h)");
        assertProblem(tpl.formatted("{dist: triangular, min: 1, mode: 5, max: 3}"), "are out of order; expected min <= mode <= max");
        assertProblem(tpl.formatted("{dist: lognormal, mean: 1}"), "missing required key 'sd'");
        assertProblem(tpl.formatted("{dist: gamma, shape: 1, sd: 1}"), "either shape and scale, or mean and sd");
        assertProblem(tpl.formatted("{dist: weibull, shape: -1, scale: 1}"), "shape: -1 is negative; expected a number > 0");
        assertProblem(tpl.formatted("{dist: empirical, values: [1, 2], weights: [1]}"), "1 weights for 2 values");
        assertProblem(tpl.formatted("{dist: empirical, values: [1], weights: [0]}"), "all weights are 0");
        assertProblem(tpl.formatted("15 parsecs"), "consult_time: '15 parsecs' has unknown unit 'parsecs'");
    }

    @Test
    void facilitySections() {
        assertProblem(HEAD + "facilities:\n  - {id: H1, tier: tertiary, outpatient: {doctors: 1, access: appointment, consult_time: 1}}\n"
                + "arrivals: [{facility: H1, rate_per_hour: 1}]\n", "missing required key 'slots_per_day'; expected a whole number >= 1");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, outpatient: {doctors: 1, slots_per_day: 3, consult_time: 1}}\n" + ARRIVAL,
                "slots_per_day: only applies to access: appointment");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, outpatient: {doctors: 1, access: walkin, consult_time: 1}}\n" + ARRIVAL,
                "'walkin' is not an access mode; expected one of: walk_in, appointment (did you mean 'walk_in'?)");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, outpatient: {doctors: 1, consult_time: 1,"
                + " hours: [{days: mon-fri, open: '12:00', close: '08:00'}]}}\n" + ARRIVAL, "close: 08:00 is not after open 12:00; expected close > open");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, outpatient: {doctors: 1, consult_time: 1,"
                + " hours: [{days: mon-fry, open: '08:00', close: '12:00'}]}}\n" + ARRIVAL, "'mon-fry' is not a day or range of days");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, outpatient: {doctors: 1, consult_time: 1,"
                + " hours: [{days: daily, open: '08:00', close: '12:00'}, {days: mon, open: '11:00', close: '13:00'}]}}\n" + ARRIVAL,
                "overlaps 08:00–12:00 on mon");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, beds: {count: -1, length_of_stay: 2 d, when_full: drop}}\n"
                + "arrivals: [{facility: C1, rate_per_hour: 1, entry: admission}]\n", "beds.count: -1 is negative");
        assertProblem(HEAD + "facilities:\n  - {id: C1, tier: village, beds: {count: 1, length_of_stay: 2 d, when_full: drop}}\n"
                + "arrivals: [{facility: C1, rate_per_hour: 1, entry: admission}]\n", "'drop' is not a full-ward policy; expected one of: wait, divert");
        assertProblem(HEAD + "zones: [{id: Z1}]\nfacilities:\n  - {id: Z1, tier: village, zone: Z2}\n", "duplicate id 'Z1'");
        assertProblem(HEAD + "zones: [{id: Z1}]\n" + CLINIC.replace("tier: community", "tier: community\n    zone: Z2") + ARRIVAL,
                "'Z2' is not a zone; known zones: Z1");
        assertProblem(HEAD + "facilities: []\n" + ARRIVAL, "expected at least one facility");
        assertProblem(HEAD + "facilities: {id: C1}\n" + ARRIVAL, "facilities: expected a list of facilities; got a map");
        assertProblem("horizon: 0\n" + CLINIC + ARRIVAL, "missing required key 'name'");
        assertProblem("name: x\nhorizon: 0\n" + CLINIC + ARRIVAL, "horizon: 0 is zero; expected a duration > 0");
        assertProblem("name: x\nhorizon: 1 d\nemergency: yes\n" + CLINIC + ARRIVAL, "unknown key 'emergency' at the top level");
    }

    @Test
    void arrivalsAndReferrals() {
        String two = HEAD + CLINIC + "  - {id: H1, tier: tertiary, beds: {count: 2, length_of_stay: 3 d}}\n";
        assertProblem(two + "arrivals: [{facility: H1, rate_per_hour: 1}]\n", "'H1' has no outpatient service, but entry is outpatient");
        assertProblem(two + "arrivals: [{facility: C1, rate_per_hour: 1, entry: admission}]\n", "'C1' has no beds, but entry is admission");
        assertProblem(two + "arrivals: [{facility: C1, rate_per_hour: 1, admission_probability: 0.2}]\n", "0.2 needs beds, but 'C1' has none");
        assertProblem(two + "arrivals: [{facility: C1, rate_per_hour: 0}]\n", "rate_per_hour: 0 is zero; expected a number > 0");
        assertProblem(two + "arrivals: [{facility: C1, rate_per_hour: fast}]\n", "'fast' is not a number");
        assertProblem(two + "arrivals: []\n", "expected at least one arrival stream");
        String three = HEAD + CLINIC + "  - {id: C2, tier: village, outpatient: {doctors: 1, consult_time: 1}}\n"
                + "  - {id: H1, tier: tertiary, beds: {count: 2, length_of_stay: 3 d}}\n" + ARRIVAL;
        assertProblem(three + "referrals: [{from: C1, to: C2, probability: 0.7}, {from: C1, to: C1, probability: 0.5}]\n",
                "probabilities of referral from 'C1' sum to 1.2; expected a total <= 1");
        assertProblem(three + "referrals: [{from: C1, to: H1, probability: 0.1}]\n", "'H1' has no outpatient service");
        assertProblem(three + "referrals: [{from: C1, to: C2, probability: 0.1}, {from: C1, to: C2, probability: 0.1}]\n",
                "a second row for C1 → C2");
    }

    @Test
    void aliasesAreExpandedAndYes() throws Exception {
        Scenario s = load(HEAD + "facilities:\n  - id: C1\n    tier: community\n    emergency: yes\n"
                + "    outpatient: {doctors: 1, consult_time: &ct {dist: exponential, mean: 10 min}}\n"
                + "  - {id: C2, tier: village, outpatient: {doctors: 2, consult_time: *ct}}\n" + ARRIVAL);
        assertEquals(s.facilities().get(0).outpatient().consultTime(), s.facilities().get(1).outpatient().consultTime());
        assertTrue(s.facilities().get(0).emergency());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 5; j++) y.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            y.append("]\n");
        }
        assertProblem(y.toString(), "expands to more than");
    }
}

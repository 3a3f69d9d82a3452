package org.tiercare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.report.MetricRow;

/**
 * {@code length_of_stay_when_referred_down}: every patient is admitted to H1 and referred down at discharge. The
 * ordinary stay is 10 d, shortened by the policy's factor 0.5 to 5 d; the condition's stay by destination is 2 d for
 * a rehabilitation unit and 1 d for a community clinic. With fixed stays the ward's mean stay is exactly the one the
 * destination selects (of stays ended in the measured period, all of one kind).
 */
class DownReferralStayTest {

    private static final String YAML = """
            name: down stays
            seed: 3
            warmup: 20 d
            horizon: 40 d
            network: {local_access: 0 min}
            zones: [{id: Z1, x: 0, y: 0, residents: 2000}]
            facilities:
              - {id: C1, tier: community, zone: Z1, outpatient: {doctors: 5, consult_time: 10 min}}
              - {id: H1, tier: secondary, zone: Z1, capability: 3, outpatient: {doctors: 5, consult_time: 10 min},
                 beds: {count: 400, length_of_stay: 10 d}}
              - {id: R1, tier: rehab, zone: Z1, beds: {count: 400, length_of_stay: 3 d}}
            demand: {contacts_per_resident_year: 2}
            policy: {down_referral_stay_factor: 0.5}
            conditions:
              - {id: stroke, share: 1, severity: 2, admission_probability: 1, down_referral_probability: 1,
                 length_of_stay_when_referred_down: {rehab: 2 d, community: 1 d}}
            """;

    @TempDir
    Path dir;

    private double hospitalStay(String yaml) throws Exception {
        Path f = dir.resolve("d" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml);
        List<MetricRow> rows = Experiment.run(ScenarioLoader.load(f), "base", 2, 2, null).rows();
        return rows.stream().filter(r -> r.scope().equals("facility") && r.scopeId().equals("H1")
                && r.metric().equals("length_of_stay_mean_h")).findFirst().orElseThrow().value();
    }

    @Test
    void theDestinationsStayReplacesTheFactor() throws Exception {
        assertEquals(2 * 24, hospitalStay(YAML), 1e-9, "going on to rehabilitation");
        String noRehab = YAML.replace("  - {id: R1, tier: rehab, zone: Z1, beds: {count: 400, length_of_stay: 3 d}}\n", "");
        assertEquals(24, hospitalStay(noRehab), 1e-9, "going on to the community clinic");
        String onlyRehab = noRehab.replace(", community: 1 d", "");
        assertEquals(5 * 24, hospitalStay(onlyRehab), 1e-9, "no stay for this destination: the factor");
    }
}

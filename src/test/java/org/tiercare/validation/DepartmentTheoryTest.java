package org.tiercare.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Departments are queues of their own: a community centre's two departments, walk-in and always open, each fed by
 * its own condition (Poisson demand split by the conditions' shares), match Erlang C each, and the department with
 * more doctors (at the same utilisation) has the shorter wait.
 */
class DepartmentTheoryTest {
    @TempDir
    Path tmp;

    /**
     * 84,096 residents × 1 need a year = 9.6 needs an hour: 75 % (7.2/h) to "big" (3 doctors, 20 min: ρ = 0.8),
     * 25 % (2.4/h) to "small" (1 doctor: ρ = 0.8).
     */
    private static final String YAML = """
            name: departments as M/M/c queues
            seed: 21
            replications: 20
            warmup: 200 h
            horizon: 10000 h
            zones: [{id: Z1, x: 0, y: 0, residents: 84096}]
            demand: {contacts_per_resident_year: 1, start: empty}
            conditions:
              - {id: a, share: 0.75, department: big}
              - {id: b, share: 0.25, department: small}
            facilities:
              - id: C
                tier: community
                x: 0
                y: 0
                departments:
                  - {id: big, outpatient: {doctors: 3, hours: always, consult_time: {dist: exponential, mean: 20 min}}}
                  - {id: small, outpatient: {doctors: 1, hours: always, consult_time: {dist: exponential, mean: 20 min}}}
            """;

    @Test
    void eachDepartmentIsAnErlangCQueueAndMoreDoctorsWaitLess() throws Exception {
        Path file = tmp.resolve("departments.yaml");
        Files.writeString(file, YAML);
        ScenarioRun run = ScenarioRun.of(file.toString(), tmp);
        double big = QueueingTheory.mmcWait(3, 7.2, 3.0);
        double small = QueueingTheory.mmcWait(1, 2.4, 3.0);
        // M/M/1 at ρ = 0.8: W_q = ρ / (μ − λ) = 0.8 / 0.6 h; M/M/3 at the same ρ waits about a quarter of that.
        assertTrue(Math.abs(small - 0.8 / 0.6) < 1e-9);
        assertTrue(big < small / 3);
        run.estimate("department", "C/big", "wait_consult_mean_h").assertContains(big, 0.06);
        run.estimate("department", "C/small", "wait_consult_mean_h").assertContains(small, 0.1);
        run.estimate("department", "C/big", "outpatient_utilization").assertContains(0.8, 0.02);
        run.estimate("department", "C/small", "outpatient_utilization").assertContains(0.8, 0.02);
        var b = run.estimate("department", "C/big", "wait_consult_mean_h");
        var s = run.estimate("department", "C/small", "wait_consult_mean_h");
        assertTrue(b.high() < s.low(), () -> b + " vs " + s);
    }
}

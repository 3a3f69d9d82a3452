package org.tiercare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiercare.cli.RunCommandTest.Outcome;
import org.tiercare.loader.ScenarioLoader;
import org.tiercare.scenario.Scenario;

/**
 * The second ready scenario, {@code scenarios/county-medical-community.yaml}, as a planner uses it: it validates, runs
 * through the command line, and its results speak of its population groups and its departments — rows that add up
 * to the facility and the network they belong to, replication by replication.
 */
class CountyScenarioTest {
    static final String COUNTY = "scenarios/county-medical-community.yaml";

    @TempDir
    Path tmp;

    @Test
    void validatesAndUsesWhatItIsThereToShow() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of(COUNTY)); // throws, listing them, on any problem
        long residents = s.zones().stream().mapToLong(z -> z.residents()).sum();
        assertTrue(residents >= 400_000 && residents <= 600_000, "a county of about 500 k residents: " + residents);
        assertFalse(s.groups().isEmpty(), "population groups");
        assertTrue(s.facilities().stream().anyMatch(f -> !f.departments().isEmpty()), "departments");
        assertTrue(s.facilities().stream().anyMatch(f -> f.emergencyDepartment() != null), "an emergency department that queues");
        assertFalse(s.levers().alliances().isEmpty(), "a specialty alliance");
        assertTrue(s.levers().diagnostics().size() >= 2, "several shared centres");
        assertTrue(s.levers().diagnostics().stream().allMatch(d -> !d.modalities().isEmpty()), "centres with modalities");
        assertTrue(s.facilities().stream().anyMatch(f -> f.beds() != null && f.beds().whenFull() == org.tiercare.scenario.WhenFull.ONWARD),
                "onward diversion");
        Outcome v = RunCommandTest.cli("validate", COUNTY);
        assertEquals(0, v.code(), v.err());
    }

    @Test
    void itsResultsHaveGroupAndDepartmentScopesThatAddUp() throws Exception {
        Path out = tmp.resolve("county");
        Outcome run = RunCommandTest.cli("run", COUNTY, "--set", "warmup=5d", "--set", "horizon=10d", "--replications", "2",
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.contains(",group,elderly,"), "group scope");
        assertTrue(summary.contains(",department,H1/internal,"), "department scope");

        // replications.csv: variant,replication,scope,scope_id,metric,value
        Map<String, Double> v = new HashMap<>();
        Set<String> groups = new TreeSet<>(), h1Departments = new TreeSet<>();
        List<String> lines = Files.readAllLines(out.resolve("replications.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (!c[5].isEmpty()) v.put(c[1] + "|" + c[2] + "|" + c[3] + "|" + c[4], Double.parseDouble(c[5])); // empty: not defined
            if (c[2].equals("group")) groups.add(c[3]);
            if (c[2].equals("department") && c[3].startsWith("H1/")) h1Departments.add(c[3]);
        }
        assertTrue(groups.contains("other") && groups.size() >= 3, groups.toString());
        assertTrue(h1Departments.size() >= 3, h1Departments.toString());
        for (int r = 1; r <= 2; r++) {
            for (String metric : List.of("needs", "visits", "admissions")) {
                double sum = 0;
                for (String g : groups) sum += v.getOrDefault(r + "|group|" + g + "|" + metric, 0.0);
                assertEquals(v.get(r + "|network|all|" + metric), sum, 1e-9, "groups add up to the network: " + metric);
            }
            for (String metric : List.of("visits", "admissions")) {
                double sum = 0;
                for (String d : h1Departments) sum += v.getOrDefault(r + "|department|" + d + "|" + metric, 0.0);
                assertEquals(v.get(r + "|facility|H1|" + metric), sum, 1e-9, "H1's departments add up to H1: " + metric);
            }
        }
    }
}

package org.tiercare.outreach;

import static org.junit.jupiter.api.Assertions.*;

import com.graphhopper.jsprit.core.util.RandomNumberGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutreachPlannerTest {
    private static final double EPS = 1e-9;

    /** Hospital at 0, clinics at 0.5, 1, 1.5, 2 h along a road. */
    private static OutreachDay line(int specialists) {
        double[] x = {0, 0.5, 1.0, 1.5, 2.0};
        double[][] t = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) t[i][j] = Math.abs(x[i] - x[j]);
        return new OutreachDay("H", specialists, List.of("A", "B", "C", "D"), t, 7.5, 18, 8, 17, 3);
    }

    /** n clinics scattered within ~1 h of the hospital, Euclidean travel. */
    static OutreachDay scattered(int n, int specialists) {
        Random r = new Random(42);
        double[][] p = new double[n + 1][2];
        for (int i = 1; i <= n; i++) p[i] = new double[] {r.nextDouble() * 2 - 1, r.nextDouble() * 2 - 1};
        double[][] t = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) for (int j = 0; j <= n; j++) t[i][j] = Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add("C" + i);
        return new OutreachDay("H", specialists, ids, t, 7.5, 18, 8, 17, 2);
    }

    /** Every tour feasible and its times and travel consistent with the matrix; every clinic accounted for once. */
    static void assertConsistent(OutreachDay d, OutreachPlan plan) {
        double[][] t = d.travelH();
        Set<String> seen = new HashSet<>(plan.unvisitedClinics());
        double total = 0;
        for (Tour tour : plan.tours()) {
            assertFalse(tour.visits().isEmpty());
            assertTrue(tour.departH() >= d.shiftStartH() - EPS && tour.returnH() <= d.shiftEndH() + EPS, tour.toString());
            int prev = 0;
            double clock = tour.departH(), travel = 0;
            for (Visit v : tour.visits()) {
                int node = d.clinicIds().indexOf(v.clinicId()) + 1;
                assertTrue(seen.add(v.clinicId()), "clinic visited twice: " + v.clinicId());
                assertEquals(clock + t[prev][node], v.arriveH(), EPS);
                assertTrue(v.startH() >= v.arriveH() - EPS && v.startH() >= d.windowOpenH() - EPS);
                assertEquals(v.startH() + d.sessionH(), v.endH(), EPS);
                assertTrue(v.endH() <= d.windowCloseH() + EPS, v.toString());
                travel += t[prev][node];
                clock = v.endH();
                prev = node;
            }
            travel += t[prev][0];
            assertEquals(clock + t[prev][0], tour.returnH(), EPS);
            assertEquals(travel, tour.travelH(), EPS);
            total += travel;
        }
        assertEquals(Set.copyOf(d.clinicIds()), seen);
        assertEquals(total, plan.totalTravelH(), EPS);
    }

    @Test
    void twoSpecialistsVisitAllFourClinicsWithLeastTravel() {
        OutreachDay d = line(2);
        OutreachPlan plan = OutreachPlanner.plan(d, 1, 300);
        assertConsistent(d, plan);
        assertEquals(List.of(), plan.unvisitedClinics());
        // two sessions each (a third does not fit 8-17 with travel); {A,B} + {C,D} = 2 + 4 h is the best pairing
        assertEquals(6.0, plan.totalTravelH(), EPS);
    }

    @Test
    void oneSpecialistFitsAtMostThreeSessions() {
        OutreachPlan plan = OutreachPlanner.plan(line(1), 1, 300);
        assertConsistent(line(1), plan);
        assertEquals(2, plan.tours().get(0).visits().size());  // 0.5 h between clinics leaves room for two
        assertEquals(2, plan.unvisitedClinics().size());

        // Co-located clinics 1 h out: 8-11, 11-14, 14-17, the fourth left unvisited.
        double[][] t = new double[5][5];
        for (int i = 1; i < 5; i++) { t[0][i] = 1; t[i][0] = 1; }
        OutreachDay d = new OutreachDay("H", 1, List.of("A", "B", "C", "D"), t, 7, 18, 8, 17, 3);
        OutreachPlan p = OutreachPlanner.plan(d, 5, 300);
        assertConsistent(d, p);
        assertEquals(3, p.tours().get(0).visits().size());
        assertEquals(1, p.unvisitedClinics().size());
        assertEquals(7.0, p.tours().get(0).departH(), EPS);
        assertEquals(2.0, p.totalTravelH(), EPS);
    }

    @Test
    void singleClinicIsVisitedAndDepartureIsJustInTime() {
        double[][] t = {{0, 1.25}, {1.25, 0}};
        OutreachDay d = new OutreachDay("H", 1, List.of("A"), t, 6, 18, 8, 17, 3);
        OutreachPlan plan = OutreachPlanner.plan(d, 3, 50);
        assertConsistent(d, plan);
        Tour tour = plan.tours().get(0);
        assertEquals(6.75, tour.departH(), EPS);
        assertEquals(new Visit("A", 8, 8, 11), tour.visits().get(0));
        assertEquals(12.25, tour.returnH(), EPS);
    }

    @Test
    void nothingToPlanLeavesEveryClinicUnvisited() {
        OutreachDay none = line(0);
        assertEquals(new OutreachPlan(List.of(), none.clinicIds(), 0), OutreachPlanner.plan(none, 1, 10));
        OutreachDay tooLong = new OutreachDay("H", 2, List.of("A"), new double[2][2], 7, 18, 8, 10, 3);
        assertEquals(List.of("A"), OutreachPlanner.plan(tooLong, 1, 10).unvisitedClinics());
    }

    @Test
    void sameSeedGivesSamePlan() {
        OutreachDay d = scattered(10, 3);
        OutreachPlan a = OutreachPlanner.plan(d, 123, 300);
        OutreachPlanner.plan(d, 999, 300);
        RandomNumberGeneration.getRandom().nextLong();  // jsprit's shared default generator must not matter
        OutreachPlan b = OutreachPlanner.plan(d, 123, 300);
        assertEquals(a, b);
        assertConsistent(d, a);
        assertEquals(List.of(), a.unvisitedClinics());
    }

    /**
     * Ten scattered clinics within about an hour, three specialists with 2 h sessions in the 8–17 window: whatever the seed, every clinic is visited by a feasible, consistent plan whose travel is no less
     * than the lower bound every plan obeys — each clinic is entered once, along an edge at least as long as its
     * shortest way in, and each of the k tours used returns to the hospital along some clinic's shortest way home.
     * (How fast the planner is belongs to {@code tiercare bench}, not to a test that a loaded machine can fail.)
     */
    @Test
    void plansTenClinicsFeasiblyAboveTheTravelLowerBound() {
        OutreachDay d = scattered(10, 3);
        double[][] t = d.travelH();
        double in = 0;
        double home = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= 10; i++) {
            double shortest = Double.POSITIVE_INFINITY;
            for (int j = 0; j <= 10; j++) if (j != i) shortest = Math.min(shortest, t[j][i]);
            in += shortest;
            home = Math.min(home, t[i][0]);
        }
        for (long seed = 0; seed < 5; seed++) {
            OutreachPlan plan = OutreachPlanner.plan(d, seed, 300);
            assertConsistent(d, plan);
            assertEquals(List.of(), plan.unvisitedClinics(), "seed " + seed);
            assertTrue(plan.tours().size() <= 3, "at most one tour per specialist");
            double bound = in + plan.tours().size() * home;
            assertTrue(plan.totalTravelH() >= bound - EPS, "seed " + seed + ": travel " + plan.totalTravelH() + " < " + bound);
        }
    }

    @Test
    void routesCsvHasOneRowPerStopAndTravelSumsToTotal(@TempDir Path dir) throws Exception {
        OutreachPlan plan = OutreachPlanner.plan(line(2), 1, 300);
        List<RouteRow> rows = plan.rows(3, 12, "H");
        Path f = dir.resolve("outreach_routes.csv");
        OutreachPlanner.writeCsv(f, rows);
        List<String> lines = Files.readAllLines(f);
        assertEquals("replication,day,hospital,specialist,sequence,clinic,arrive_h,start_h,end_h,travel_h", lines.get(0));
        assertEquals(4 + plan.tours().size() + 1, lines.size());  // a row per visit and per return, plus header
        double sum = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(10, c.length);
            assertEquals("3", c[0]);
            assertEquals("12", c[1]);
            sum += Double.parseDouble(c[9]);
        }
        assertEquals(plan.totalTravelH(), sum, EPS);
        // A is 0.5 h from both the hospital and B, so its leg reads back as the matrix value whatever the order
        assertTrue(lines.stream().anyMatch(l -> l.matches("3,12,H,\\d,\\d,A,[0-9.]+,[0-9.]+,[0-9.]+,0\\.5")), lines.toString());
        assertEquals(plan.tours().size(), lines.stream().filter(l -> l.split(",")[5].equals("H")).count());
    }
}

package org.tiercare.outreach;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.VehicleRoutingTransportCostsMatrix;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Plans one day of specialist outreach with jsprit: vehicles are specialists, services are one session
 * per clinic with a time window on the session start, transport costs are travel hours.
 */
public final class OutreachPlanner {
    private OutreachPlanner() {}

    private static final double EPS = 1e-9;

    /**
     * Plans with jsprit, seeded from the caller's stream so plans are reproducible and replications
     * differ only if given different seeds. Visits as many clinics as possible, then minimises travel.
     *
     * @param iterations jsprit ruin-and-recreate iterations (a few hundred suffice for ~10 clinics)
     */
    public static OutreachPlan plan(OutreachDay day, long seed, int iterations) {
        if (iterations < 1) throw new IllegalArgumentException("iterations < 1: " + iterations);
        int n = day.clinicIds().size();
        double[][] t = day.travelH();
        double latestStart = day.windowCloseH() - day.sessionH();
        // A session that cannot fit its window is left out here: jsprit would reject the job anyway.
        if (day.specialists() == 0 || latestStart < day.windowOpenH() || n == 0) {
            return new OutreachPlan(List.of(), day.clinicIds(), 0);
        }

        // Travel hours serve as both time and distance; cost = distance x 1, so cost is travel hours.
        VehicleRoutingTransportCostsMatrix.Builder matrix = VehicleRoutingTransportCostsMatrix.Builder.newInstance(false);
        double maxLeg = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                matrix.addTransportTime(String.valueOf(i), String.valueOf(j), t[i][j]);
                matrix.addTransportDistance(String.valueOf(i), String.valueOf(j), t[i][j]);
                maxLeg = Math.max(maxLeg, t[i][j]);
            }
        }
        VehicleType type = VehicleTypeImpl.Builder.newInstance("specialist")
                .setCostPerDistance(1).setCostPerTransportTime(0).setCostPerWaitingTime(0).build();
        VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(matrix.build());
        for (int k = 0; k < day.specialists(); k++) {
            vrp.addVehicle(VehicleImpl.Builder.newInstance(String.valueOf(k)).setType(type)
                    .setStartLocation(location(0)).setReturnToDepot(true)
                    .setEarliestStart(day.shiftStartH()).setLatestArrival(day.shiftEndH()).build());
        }
        for (int c = 0; c < n; c++) {
            vrp.addJob(Service.Builder.newInstance(String.valueOf(c)).setLocation(location(OutreachDay.node(c)))
                    .setServiceTime(day.sessionH())
                    .setTimeWindow(TimeWindow.newInstance(day.windowOpenH(), latestStart)).build());
        }
        VehicleRoutingProblem problem = vrp.build();

        // jsprit's default penalty for an unassigned job scales with the largest job-to-job distance
        // (zero with a single clinic) and is not strictly lexicographic; this one exceeds any possible
        // total travel (at most n + specialists legs), so one more session always beats any travel saving.
        double penalty = maxLeg * (n + day.specialists()) + 1;
        SolutionCostCalculator objective = s -> s.getUnassignedJobs().size() * penalty + travel(s, t);

        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
                .setRandom(new Random(seed))  // else jsprit's fixed default seed (4711) plans identically every replication
                .setProperty(Jsprit.Parameter.THREADS, "1")  // several threads would make the search order-dependent
                .setProperty(Jsprit.Parameter.ITERATIONS, String.valueOf(iterations))
                // Scales insertion noise; keep it at travel size (the default is 0 for one clinic).
                .setProperty(Jsprit.Parameter.MAX_TRANSPORT_COSTS, String.valueOf(Math.max(maxLeg, 1e-6)))
                .setObjectiveFunction(objective)
                .buildAlgorithm();
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        return toPlan(day, best);
    }

    private static Location location(int node) {
        return Location.Builder.newInstance().setId(String.valueOf(node)).setIndex(node).build();
    }

    private static double travel(VehicleRoutingProblemSolution s, double[][] t) {
        double sum = 0;
        for (VehicleRoute r : s.getRoutes()) {
            int prev = 0;
            for (TourActivity a : r.getActivities()) {
                sum += t[prev][a.getLocation().getIndex()];
                prev = a.getLocation().getIndex();
            }
            sum += t[prev][0];
        }
        return sum;
    }

    /**
     * Takes only the visiting order from jsprit and rebuilds the times: jsprit starts every route at the
     * shift start and lets the specialist wait at the first clinic, whereas a specialist leaves just in
     * time and stays available at the hospital until then. Later stops are identical to jsprit's schedule.
     */
    private static OutreachPlan toPlan(OutreachDay day, VehicleRoutingProblemSolution best) {
        double[][] t = day.travelH();
        boolean[] visited = new boolean[day.clinicIds().size()];
        List<Tour> tours = new ArrayList<>();
        for (VehicleRoute r : best.getRoutes()) {
            if (r.getActivities().isEmpty()) continue;
            List<Visit> visits = new ArrayList<>();
            int first = r.getActivities().get(0).getLocation().getIndex();
            double firstStart = Math.max(day.shiftStartH() + t[0][first], day.windowOpenH());
            double depart = firstStart - t[0][first];
            double clock = depart, travel = 0;
            int prev = 0;
            for (TourActivity a : r.getActivities()) {
                int node = a.getLocation().getIndex();
                int clinic = Integer.parseInt(((TourActivity.JobActivity) a).getJob().getId());
                double arrive = prev == 0 ? firstStart : clock + t[prev][node];  // only the first stop comes from the hospital
                double start = Math.max(arrive, day.windowOpenH());
                if (start > day.windowCloseH() - day.sessionH() + EPS) {
                    throw new IllegalStateException("jsprit returned a session outside its window at " + day.clinicIds().get(clinic));
                }
                travel += t[prev][node];
                clock = start + day.sessionH();
                visits.add(new Visit(day.clinicIds().get(clinic), arrive, start, clock));
                visited[clinic] = true;
                prev = node;
            }
            travel += t[prev][0];
            double back = clock + t[prev][0];
            if (back > day.shiftEndH() + EPS) throw new IllegalStateException("jsprit returned a tour ending after the shift");
            tours.add(new Tour(Integer.parseInt(r.getVehicle().getId()), visits, depart, back, travel));
        }
        tours.sort(Comparator.comparingInt(Tour::specialist));
        List<String> unvisited = new ArrayList<>();
        for (int c = 0; c < visited.length; c++) if (!visited[c]) unvisited.add(day.clinicIds().get(c));
        double total = 0;
        for (Tour tour : tours) total += tour.travelH();
        return new OutreachPlan(tours, unvisited, total);
    }

    /** Strict quoting: by default jackson-csv quotes every string longer than 24 characters. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema ROUTES = schema("replication", "day", "hospital", "specialist", "sequence", "clinic",
            "arrive_h", "start_h", "end_h", "travel_h");

    /** Writes {@code outreach_routes.csv}; doubles as {@link Double#toString} so equal plans give equal bytes. */
    public static void writeCsv(Path file, List<RouteRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = MAPPER.writer(ROUTES).writeValues(w)) {
            for (RouteRow r : rows) {
                out.write(new Object[] {r.replication(), r.day(), r.hospital(), r.specialist(), r.sequence(), r.clinic(),
                        r.arriveH(), r.startH(), r.endH(), r.travelH()});
            }
        }
    }

    private static CsvSchema schema(String... columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String c : columns) b.addColumn(c);
        return b.setUseHeader(true).setLineSeparator("\n").build();
    }
}

package org.tiercare.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.math3.random.AbstractRandomGenerator;
import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.OpeningHours;
import org.tiercare.scenario.ReservationSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.loader.ScenarioLoader;

/** Shared builders for the model unit tests: the one place that loads scenarios (and imports the loader). */
final class ModelFixtures {
    private ModelFixtures() {}

    /** Writes {@code yaml} to {@code dir/scenario.yaml} and loads it. */
    static Scenario scenario(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml);
        return ScenarioLoader.load(file);
    }

    /** Facilities built as Model builds them (grid, outpatient department), on a fresh simulation, without a model. */
    static List<Facility> facilities(Scenario s, Grids grids) {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(1, 0);
        List<Facility> out = new ArrayList<>();
        for (int i = 0; i < s.facilities().size(); i++) {
            var spec = s.facilities().get(i);
            Facility f = new Facility(spec, null, i);
            f.grid = grids.facilityGrid[i];
            if (spec.outpatient() != null) {
                f.outpatient = new Outpatient(sim, f, spec.outpatient(), ReservationSpec.NONE,
                        spec.outpatient().consultTime().sampler(streams.stream("consult/" + spec.id())));
            }
            out.add(f);
        }
        return out;
    }

    /** A whole model of the scenario, for parts that report back to the pathway (e.g. a ward's discharges). */
    static Model model(Scenario s) {
        return new Model(s, new RandomStreams(1, 0));
    }

    /** A generator whose nextDouble() returns the given values in turn (then the last one again). */
    static RandomGenerator fixed(double... values) {
        return new AbstractRandomGenerator() {
            private int i;

            @Override
            public void setSeed(long seed) {}

            @Override
            public double nextDouble() { return values[Math.min(i++, values.length - 1)]; }
        };
    }

    /** One opening session on the days {@code from}..{@code to} (inclusive, Monday = 1), hours of day. */
    static OpeningHours.Session session(DayOfWeek from, DayOfWeek to, double open, double close) {
        return new OpeningHours.Session(EnumSet.range(from, to), open, close);
    }

    static OpeningSchedule schedule(OpeningHours.Session... sessions) {
        return new OpeningSchedule(new OpeningHours(false, List.of(sessions)));
    }
}

package org.tiercare.model;

import org.apache.commons.math3.random.RandomGenerator;
import org.tiercare.dist.Sampler;
import org.tiercare.engine.Resource;
import org.tiercare.engine.Simulation;
import org.tiercare.random.RandomStreams;
import org.tiercare.scenario.DiagnosticsSpec;

/**
 * A shared diagnostics centre with mutual recognition of results. Patients referred up from primary
 * care who need tests have them here first (queue, test, turnaround); at the receiving hospital the
 * results are recognised (repeat test avoided) or the tests are repeated, which delays the consult.
 */
final class Diagnostics {
    private final Simulation sim;
    private final DiagnosticsSpec spec;
    private final Network network;
    private final int zone;
    private final RandomGenerator needRng;
    private final Sampler testTime;
    private final Resource stations;
    /** Patients at or travelling to and from the centre, or repeating tests (for flow conservation). */
    int inside;

    Diagnostics(Simulation sim, DiagnosticsSpec spec, Network network, RandomStreams streams) {
        this.sim = sim;
        this.spec = spec;
        this.network = network;
        this.zone = spec.zone() == null ? -1 : network.zoneIndex(spec.zone());
        this.needRng = streams.stream("diagnostics/need");
        this.testTime = spec.testTime().sampler(streams.stream("diagnostics/test"));
        this.stations = new Resource(sim, spec.stations(), 1);
    }

    /** Whether this referred patient needs tests first. */
    boolean needsTests() {
        return spec.testShare() > 0 && needRng.nextDouble() < spec.testShare();
    }

    /**
     * Tests at the centre, then on to {@code to}: {@code arrive} runs when the patient may ask the
     * receiving hospital for a consult (after travel, and after repeat tests where results are not recognised).
     */
    void testThenRefer(Facility from, Facility to, Runnable arrive) {
        inside++;
        from.measures.diagnosticTests++;
        double toCentre = zone < 0 ? 0 : network.zoneToFacility(zone, from.index);
        double fromCentre = zone < 0 ? 0 : network.zoneToFacility(zone, to.index);
        sim.schedule(toCentre, () -> stations.request(0, () -> sim.schedule(testTime.sample(), () -> {
            stations.release(0);
            sim.schedule(spec.turnaroundH() + fromCentre, () -> {
                double repeat = 0;
                if (spec.recognition()) {
                    to.measures.repeatTestsAvoided++;
                } else {
                    to.measures.repeatTests++;
                    repeat = spec.repeatDelayH();
                }
                sim.schedule(repeat, () -> {
                    inside--;
                    arrive.run();
                });
            });
        })));
    }
}

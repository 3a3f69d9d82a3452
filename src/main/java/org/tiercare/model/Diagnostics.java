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
    /** The centre's kinds of test ({@code modalities}); empty: the centre's own stations and test time. */
    private final Modality[] modalities;
    /** Draws each patient's modality (its own stream, so a centre without modalities draws nothing more). */
    private final RandomGenerator modalityRng;

    /** One kind of test: its stations, its test time on its own stream, its turnaround, its cumulative share. */
    private record Modality(Resource stations, Sampler testTime, double turnaroundH, double upTo) {}
    /** Patients at or travelling to and from the centre, or repeating tests (for flow conservation). */
    int inside;

    /** Zones this centre serves by assignment (indices); empty: it serves whoever is nearest. */
    private final java.util.Set<Integer> serves = new java.util.HashSet<>();

    /**
     * @param prefix names this centre's streams: {@code diagnostics/} for the first centre (as when there was only
     *               one, so that its draws are unchanged), {@code diagnostics/<id>/} for the others
     */
    Diagnostics(Simulation sim, DiagnosticsSpec spec, Network network, RandomStreams streams, String prefix) {
        this.sim = sim;
        this.spec = spec;
        this.network = network;
        this.zone = spec.zone() == null ? -1 : network.zoneIndex(spec.zone());
        this.needRng = streams.stream(prefix + "need");
        // A centre with modalities may leave its own test time to them.
        this.testTime = spec.testTime() == null ? null : spec.testTime().sampler(streams.stream(prefix + "test"));
        this.stations = new Resource(sim, spec.stations(), 1);
        for (String z : spec.serves()) serves.add(network.zoneIndex(z));
        this.modalities = new Modality[spec.modalities().size()];
        double c = 0;
        for (int i = 0; i < modalities.length; i++) {
            DiagnosticsSpec.Modality m = spec.modalities().get(i);
            c += m.share();
            modalities[i] = new Modality(new Resource(sim, m.stations(), 1),
                    m.testTime().sampler(streams.stream(prefix + "test/" + m.id())), m.turnaroundH(),
                    i == modalities.length - 1 ? Double.POSITIVE_INFINITY : c);
        }
        this.modalityRng = modalities.length == 0 ? null : streams.stream(prefix + "modality");
    }

    /** Every centre of the scenario, in order. */
    static java.util.List<Diagnostics> all(Simulation sim, java.util.List<DiagnosticsSpec> specs, Network network,
                                           RandomStreams streams) {
        java.util.List<Diagnostics> out = new java.util.ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            DiagnosticsSpec d = specs.get(i);
            out.add(new Diagnostics(sim, d, network, streams, i == 0 ? "diagnostics/" : "diagnostics/" + d.id() + "/"));
        }
        return java.util.List.copyOf(out);
    }

    /**
     * The centre that tests the referrals of {@code from}: the one whose {@code serves} lists the facility's zone,
     * else the nearest by travel among those that serve by distance (the first on a tie); null without one.
     */
    static Diagnostics centreFor(java.util.List<Diagnostics> centres, Facility from, Network network) {
        if (centres.isEmpty()) return null;
        if (centres.size() == 1) return centres.get(0);
        int fz = from.spec.zone() == null ? -1 : network.zoneIndex(from.spec.zone());
        Diagnostics best = null;
        double bestH = Double.POSITIVE_INFINITY;
        for (Diagnostics d : centres) {
            if (fz >= 0 && d.serves.contains(fz)) return d;
            if (!d.serves.isEmpty()) continue;
            double h = d.zone < 0 ? 0 : network.zoneToFacility(d.zone, from.index);
            if (h < bestH) {
                bestH = h;
                best = d;
            }
        }
        return best;
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
        if (modalities.length > 0) {
            testAtModality(from, to, arrive);
            return;
        }
        inside++;
        from.measures.diagnosticTests++;
        double toCentre = zone < 0 ? 0 : network.zoneToFacility(zone, from.index);
        double fromCentre = zone < 0 ? 0 : network.zoneToFacility(zone, to.index);
        sim.schedule(toCentre, () -> stations.request(0, () -> sim.schedule(testTime.sample(), () -> {
            stations.release(0);
            sim.schedule(spec.turnaroundH() + fromCentre, () -> results(to, arrive));
        })));
    }

    /** As {@link #testThenRefer}, at one modality drawn by share: its stations, test time and turnaround. */
    private void testAtModality(Facility from, Facility to, Runnable arrive) {
        inside++;
        from.measures.diagnosticTests++;
        double u = modalityRng.nextDouble();
        Modality m = modalities[0];
        for (Modality x : modalities) {
            m = x;
            if (u < x.upTo()) break;
        }
        Modality at = m;
        double toCentre = zone < 0 ? 0 : network.zoneToFacility(zone, from.index);
        double fromCentre = zone < 0 ? 0 : network.zoneToFacility(zone, to.index);
        sim.schedule(toCentre, () -> {
            double queued = sim.now();
            at.stations().request(0, () -> {
                from.measures.waitTest.add(sim.now() - queued);
                sim.schedule(at.testTime().sample(), () -> {
                    at.stations().release(0);
                    sim.schedule(at.turnaroundH() + fromCentre, () -> results(to, arrive));
                });
            });
        });
    }

    /** The results reach the receiving hospital: recognised, or the tests are repeated there first. */
    private void results(Facility to, Runnable arrive) {
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
    }
}

package org.tiercare.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.experiment.Experiment;
import org.tiercare.scenario.FacilitySpec;
import org.tiercare.scenario.GridSpec;
import org.tiercare.scenario.LayoutSpec;
import org.tiercare.scenario.LeversSpec;
import org.tiercare.scenario.NetworkSpec;
import org.tiercare.scenario.Scenario;
import org.tiercare.scenario.ZoneSpec;

/**
 * The whole model at city scale: the demo district tiled side by side (each copy 100 km east of the last, so
 * no resident chooses a facility of another copy) until the city has the residents asked for, one replication
 * of one year (no warm-up; chronic follow-ups start mid-course) on the calling thread, i.e. one core. Prints
 * events per second, wall seconds per replication-year and the peak heap, so that cost against city size can be
 * read off one table. The demo's levers are all off, so only its zones, facilities, grids, demand and policy are
 * copied; each copy gets its own ids ({@code Z01-2}, {@code H1-2}, grid {@code West-2}).
 */
public final class CityBenchmark {
    /** Distance between copies: far beyond the choice model's reach (1.5 h at 25 km/h). */
    static final double TILE_KM = 100;

    /**
     * One city size measured. {@code cpuSeconds} is the process's CPU time over the replication (the simulation
     * thread plus the garbage collector's and the compiler's), the cost that does not depend on what else runs on
     * the machine; {@code eventsPerSecond} is per CPU second. {@code liveHeapMiB} is the largest heap left after a
     * collection (what the run really keeps; NaN when no collection ran during it, as with {@code -Xms2g} on small
     * cities); {@code peakHeapMiB} the largest heap used, garbage included.
     */
    public record Size(int tiles, long residents, long events, double wallSeconds, double cpuSeconds,
                       double eventsPerSecond, double liveHeapMiB, double peakHeapMiB) {
        /** CPU seconds per simulated year of one replication. */
        public double secondsPerReplicationYear() { return cpuSeconds; }

        /** Events per wall-clock second (the simulation runs on one thread; collector and compiler may use another core). */
        public double eventsPerWallSecond() { return events / wallSeconds; }
    }

    private CityBenchmark() {}

    /** {@code demo} copied {@code tiles} times, with a year's horizon and no warm-up. */
    public static Scenario tile(Scenario demo, int tiles) {
        List<ZoneSpec> zones = new ArrayList<>();
        List<FacilitySpec> facilities = new ArrayList<>();
        Map<String, List<GridSpec>> grids = new LinkedHashMap<>();
        Map<String, List<String>> collaborating = new LinkedHashMap<>();
        for (int t = 1; t <= tiles; t++) {
            double dx = (t - 1) * TILE_KM;
            String sfx = t == 1 ? "" : "-" + t;
            for (ZoneSpec z : demo.zones()) {
                zones.add(new ZoneSpec(z.id() + sfx, z.name() + sfx, z.x() + dx, z.y(), z.residents(), z.contractCoverage()));
            }
            for (FacilitySpec f : demo.facilities()) {
                facilities.add(new FacilitySpec(f.id() + sfx, f.name() + sfx, f.tier(), f.zone() == null ? null : f.zone() + sfx,
                        Double.isNaN(f.x()) ? f.x() : f.x() + dx, f.y(), f.capability(), f.emergency(), f.outpatient(), f.beds(),
                        f.reservation()));
            }
            for (LayoutSpec l : demo.layouts()) {
                List<GridSpec> g = grids.computeIfAbsent(l.id(), k -> new ArrayList<>());
                for (GridSpec s : l.grids()) {
                    g.add(new GridSpec(s.id() + sfx, s.lead() + sfx, s.zones().stream().map(z -> z + sfx).toList(),
                            s.members().stream().map(m -> m + sfx).toList()));
                }
                List<String> c = collaborating.computeIfAbsent(l.id(), k -> new ArrayList<>());
                for (String id : l.collaborating()) c.add(id + sfx);
            }
        }
        List<LayoutSpec> layouts = new ArrayList<>();
        for (LayoutSpec l : demo.layouts()) {
            layouts.add(new LayoutSpec(l.id(), l.description(), grids.get(l.id()), collaborating.get(l.id())));
        }
        NetworkSpec n = demo.network();
        LeversSpec levers = new LeversSpec(List.of(), demo.levers().teleconsultation(), List.of(), List.of());
        return new Scenario(demo.name() + " ×" + tiles, "", null, demo.sha256(), List.of(), demo.seed(), 1, 0, 8760,
                zones, facilities, List.of(), List.of(), new NetworkSpec(n.speedKmh(), n.detourFactor(), n.localAccessH(), List.of()),
                layouts, demo.layout(), demo.demand(), demo.conditions(), demo.choice(), demo.policy(), levers, List.of(), Map.of());
    }

    /** Builds and runs one replication-year of the tiled city on this thread. */
    public static Size run(Scenario demo, int tiles) {
        Scenario city = tile(demo, tiles);
        long residents = city.zones().stream().mapToLong(ZoneSpec::residents).sum();
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) heap.add(p);
        }
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        LiveHeap live = LiveHeap.watch();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long events = replicationEvents(city);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        live.stop();
        long peak = 0;
        for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
        return new Size(tiles, residents, events, wall, cpu, events / cpu, live.maxMiB(), peak / (1024.0 * 1024.0));
    }

    /** CPU time of the whole process, all threads (NaN-free: 0 where the platform does not say). */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** Replication 1 on one thread (the pool runs it, this thread waits): its events. */
    private static long replicationEvents(Scenario s) {
        try {
            return Experiment.run(s, "city", 1, 1, 1, null).events();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The copies needed for at least {@code residents} residents (at least one). */
    public static int tilesFor(Scenario demo, double residents) {
        long per = demo.zones().stream().mapToLong(ZoneSpec::residents).sum();
        return (int) Math.max(1, Math.ceil(residents / per - 1e-9));
    }

    /**
     * Prints the table: one row per size, after 120 simulated days of one copy that let the JIT compile the model
     * (with 30 days the first row still paid the compiler: 0.7 CPU s of 6.2 at 1.5 M).
     */
    public static void print(Scenario demo, List<Double> residents) {
        Scenario warm = tile(demo, 1);
        replicationEvents(new Scenario(warm.name(), "", null, warm.sha256(), List.of(), warm.seed(), 1, 0, 24 * 120, warm.zones(),
                warm.facilities(), List.of(), List.of(), warm.network(), warm.layouts(), warm.layout(), warm.demand(),
                warm.conditions(), warm.choice(), warm.policy(), warm.levers(), List.of(), Map.of()));
        System.out.printf(Locale.ROOT, "%-6s %12s %14s %8s %14s %13s %12s %13s %14s%n", "copies", "residents", "events", "wall s",
                "CPU s/rep-year", "events/wall s", "events/CPU s", "live heap MiB", "peak heap MiB");
        for (double r : residents) {
            Size s = run(demo, tilesFor(demo, r));
            String live = Double.isNaN(s.liveHeapMiB()) ? "-" : String.format(Locale.ROOT, "%.0f", s.liveHeapMiB());
            System.out.printf(Locale.ROOT, "%-6d %12d %14d %8.1f %14.1f %12.2fM %11.2fM %13s %14.0f%n", s.tiles(), s.residents(),
                    s.events(), s.wallSeconds(), s.secondsPerReplicationYear(), s.eventsPerWallSecond() / 1e6,
                    s.eventsPerSecond() / 1e6, live, s.peakHeapMiB());
            System.out.flush();
        }
    }
}

package org.tiercare.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiercare.scenario.Fields.Range;

/**
 * Binds the top level: run settings here, each list section in its own class. Sections are bound
 * in dependency order (zones before facilities before what refers to facilities), and all of them
 * always run, so a mistake in one section never hides those in the next. Adding a section means
 * adding its key to {@link #KEYS} and one bind call.
 */
final class ScenarioBinder {

    private static final List<String> SETTINGS = List.of("name", "description", "seed", "replications", "warmup", "horizon");
    static final List<String> KEYS;

    static {
        List<String> k = new ArrayList<>(SETTINGS);
        k.addAll(List.of(ZonesSection.KEY, FacilitiesSection.KEY, ArrivalsSection.KEY, ReferralsSection.KEY));
        KEYS = List.copyOf(k);
    }

    private ScenarioBinder() {}

    /** @return the scenario, or null when any problem was recorded */
    static Scenario bind(YamlNode root, Problems problems, Path file, String sha256, List<String> overrides) {
        Fields top = Fields.of(problems, root, "", KEYS);
        if (!top.isMap()) return null;
        String name = top.string("name", true, null);
        if (name != null && name.isBlank()) top.problem("name", "is empty; expected a short name for the scenario");
        String description = top.string("description", false, "");
        Long seed = top.whole("seed", false, 1, Long.MIN_VALUE);
        Integer replications = top.count("replications", false, 10, 1);
        Double warmup = top.duration("warmup", false, 0, Range.NON_NEGATIVE);
        Double horizon = top.duration("horizon", true, 0, Range.POSITIVE);

        Ids ids = new Ids();
        List<ZoneSpec> zones = ZonesSection.bind(top, ids);
        List<FacilitySpec> facilities = FacilitiesSection.bind(top, ids);
        List<ArrivalStream> arrivals = ArrivalsSection.bind(top, ids);
        List<Referral> referrals = ReferralsSection.bind(top, ids);

        if (!problems.isEmpty()) return null;
        return new Scenario(name, description, file, sha256, List.copyOf(overrides), seed, replications, warmup, horizon,
                List.copyOf(zones), List.copyOf(facilities), List.copyOf(arrivals), List.copyOf(referrals),
                NetworkSpec.DEFAULT, List.of(), null, null, List.of(), null, PolicySpec.DEFAULT, List.of(), java.util.Map.of());
    }
}

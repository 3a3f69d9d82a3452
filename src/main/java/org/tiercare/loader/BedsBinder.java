package org.tiercare.loader;

import java.util.List;
import org.tiercare.dist.Distribution;
import org.tiercare.scenario.BedSpec;
import org.tiercare.scenario.WhenFull;

/** {@code facilities[].beds}: bed count, length of stay, what a full ward does and how far it sends patients on. */
final class BedsBinder {

    static final List<String> KEYS = List.of("count", "length_of_stay", "when_full", "referred_first", "max_onward");

    /** Onward attempts: more than a handful of hospitals in a row is not a diversion but a search. */
    static final int MAX_ONWARD = 20;

    /**
     * Beds of one ward: the largest hospital in China has about 10,000; occupancy.csv writes a row
     * per bed and replication, so a typo like 1e9 would write gigabytes.
     */
    static final int MAX_BEDS = 50_000;

    private BedsBinder() {}

    /** @param withoutDefaults the facility's tier is unknown: as in {@link OutpatientBinder#bind} */
    static BedSpec bind(Problems problems, YamlNode node, String path, boolean withoutDefaults) {
        int before = problems.size();
        Fields f = Fields.of(problems, node, path, KEYS);
        if (!f.isMap()) return null;
        Integer count = f.count("count", !withoutDefaults, 0, 0, MAX_BEDS);
        Distribution los = f.has("length_of_stay")
                ? DistributionBinder.bind(problems, f.node("length_of_stay"), f.at("length_of_stay"))
                : withoutDefaults ? null : OutpatientBinder.missing(f, "length_of_stay", Text.get("expect.distribution.beds"));
        WhenFull whenFull = f.choice("when_full", "choice.whenFull", WhenFull.class, WhenFull.WAIT);
        Boolean referredFirst = f.bool("referred_first", false);
        // Hospitals tried after the first diversion, in all (patients; 1..20).
        Integer maxOnward = f.count("max_onward", false, BedSpec.DEFAULT_MAX_ONWARD, 1, MAX_ONWARD);
        if (!withoutDefaults && maxOnward != null && f.has("max_onward") && whenFull != null && whenFull != WhenFull.ONWARD) {
            // Said but without effect: the planner meant onward diversion, or the key is left over.
            f.problem("max_onward", Text.get("beds.maxOnwardWithout"));
        }
        if (problems.size() != before || withoutDefaults) return null;
        return new BedSpec(count, los, whenFull, referredFirst, maxOnward);
    }
}

package org.tiercare.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated scenario: built once by the YAML/CSV loader (package {@code org.tiercare.loader}), then handed to
 * experiments. Times are in hours.
 *
 * @param file          the scenario file (null when built in code)
 * @param sha256        hash of the file's bytes followed by any CSV files it references, for the manifest
 * @param overrides     the {@code --set path=value} overrides applied on top of the file
 * @param layouts       alternative grid layouts of the same city (may be empty)
 * @param layout        id of the layout this run uses (null when there are none)
 * @param demand        zone-based demand through the pathway (null: only fixed arrival streams)
 * @param conditions    condition classes of that demand
 * @param choice        first-contact choice model (null: contracted clinic or nearest primary clinic)
 * @param levers        outreach, teleconsultation, shared diagnostics, capability uplift
 * @param variants      named variants for {@code compare}
 * @param locations     where each id was declared, as {@code file:line:column}, for messages
 * @param targets       outcome targets the plan must meet ({@code targets:}), checked on the results
 * @param rules         rule sets the plan is checked against ({@code rules:}, e.g. {@code nhc-2023})
 * @param money         costs, reimbursement and provider payment ({@code money:}; null: no money is counted)
 * @param groups        population groups ({@code groups:}), disjoint parts of every zone's residents; may be empty
 */
public record Scenario(String name, String description, Path file, String sha256, List<String> overrides,
                       long seed, int replications, double warmupH, double horizonH,
                       List<ZoneSpec> zones, List<FacilitySpec> facilities,
                       List<ArrivalStream> arrivals, List<Referral> referrals,
                       NetworkSpec network, List<LayoutSpec> layouts, String layout,
                       DemandSpec demand, List<ConditionSpec> conditions, ChoiceSpec choice, PolicySpec policy,
                       LeversSpec levers, List<VariantSpec> variants, Map<String, String> locations,
                       List<TargetSpec> targets, List<RuleSet> rules, MoneySpec money, List<GroupSpec> groups) {

    public Scenario {
        targets = targets == null ? List.of() : List.copyOf(targets);
        rules = rules == null ? List.of() : List.copyOf(rules);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A scenario without population groups. */
    public Scenario(String name, String description, Path file, String sha256, List<String> overrides,
                    long seed, int replications, double warmupH, double horizonH,
                    List<ZoneSpec> zones, List<FacilitySpec> facilities,
                    List<ArrivalStream> arrivals, List<Referral> referrals,
                    NetworkSpec network, List<LayoutSpec> layouts, String layout,
                    DemandSpec demand, List<ConditionSpec> conditions, ChoiceSpec choice, PolicySpec policy,
                    LeversSpec levers, List<VariantSpec> variants, Map<String, String> locations,
                    List<TargetSpec> targets, List<RuleSet> rules, MoneySpec money) {
        this(name, description, file, sha256, overrides, seed, replications, warmupH, horizonH, zones, facilities, arrivals,
                referrals, network, layouts, layout, demand, conditions, choice, policy, levers, variants, locations, targets,
                rules, money, List.of());
    }

    /** A scenario without money. */
    public Scenario(String name, String description, Path file, String sha256, List<String> overrides,
                    long seed, int replications, double warmupH, double horizonH,
                    List<ZoneSpec> zones, List<FacilitySpec> facilities,
                    List<ArrivalStream> arrivals, List<Referral> referrals,
                    NetworkSpec network, List<LayoutSpec> layouts, String layout,
                    DemandSpec demand, List<ConditionSpec> conditions, ChoiceSpec choice, PolicySpec policy,
                    LeversSpec levers, List<VariantSpec> variants, Map<String, String> locations,
                    List<TargetSpec> targets, List<RuleSet> rules) {
        this(name, description, file, sha256, overrides, seed, replications, warmupH, horizonH, zones, facilities, arrivals,
                referrals, network, layouts, layout, demand, conditions, choice, policy, levers, variants, locations, targets,
                rules, null, List.of());
    }

    /** A scenario without targets or rule sets. */
    public Scenario(String name, String description, Path file, String sha256, List<String> overrides,
                    long seed, int replications, double warmupH, double horizonH,
                    List<ZoneSpec> zones, List<FacilitySpec> facilities,
                    List<ArrivalStream> arrivals, List<Referral> referrals,
                    NetworkSpec network, List<LayoutSpec> layouts, String layout,
                    DemandSpec demand, List<ConditionSpec> conditions, ChoiceSpec choice, PolicySpec policy,
                    LeversSpec levers, List<VariantSpec> variants, Map<String, String> locations) {
        this(name, description, file, sha256, overrides, seed, replications, warmupH, horizonH, zones, facilities, arrivals,
                referrals, network, layouts, layout, demand, conditions, choice, policy, levers, variants, locations, List.of(),
                List.of());
    }

    public Optional<FacilitySpec> facility(String id) {
        return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The layout in use, or null when the scenario declares none. */
    public LayoutSpec activeLayout() {
        return layouts.stream().filter(l -> l.id().equals(layout)).findFirst().orElse(null);
    }

    /** Where an id was declared ({@code file:line:column}), or the file name. */
    public String where(String id) {
        return locations.getOrDefault(id, file == null ? "scenario" : file.toString());
    }
}

package org.tiercare.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.scenario.Tier;

/**
 * Everything the scenario names (zones, facilities), so later sections can check their references.
 * Ids are declared as soon as they are read, even when the rest of their entry has problems, so that
 * one bad facility does not also make every reference to it "unknown".
 */
final class Ids {

    /** What a reference may need to know about a facility before its record is built. */
    record FacilityFacts(boolean outpatient, boolean beds, Tier tier, boolean emergency, String zone) {
        FacilityFacts(boolean outpatient, boolean beds) { this(outpatient, beds, null, false, null); }
    }

    private record Declared(String kind, Loc loc) {}

    /** Ids appear in --set paths (facilities.H1.beds.count), so they cannot hold dots or spaces. */
    private static final Pattern USABLE = Pattern.compile("[^\\s.=\\[\\],]+");

    private final Map<String, Declared> all = new LinkedHashMap<>();
    private final List<String> zones = new ArrayList<>();
    private final Map<String, Long> residents = new LinkedHashMap<>();
    /** The zones file could not be read: zone references cannot be checked, so they are accepted. */
    private boolean zonesUnknown;
    private final Map<String, FacilityFacts> facilities = new LinkedHashMap<>();

    /** Reads and declares the required {@code id} of an entry; returns null if unusable. */
    String declare(Fields f, String kind) {
        String id = f.string("id", true, null);
        if (id == null) return null;
        if (!USABLE.matcher(id).matches()) {
            f.problem("id", "'" + id + "' is not a usable id; expected a name without spaces, dots, '=', commas or brackets"
                    + " (ids are used in --set paths such as facilities.H1.beds.count)");
            return null;
        }
        Declared first = all.get(id);
        if (first != null) {
            f.problem("id", "duplicate id '" + id + "': already used by the " + first.kind() + " at "
                    + where(first.loc()) + "; expected ids unique across zones, facilities and diagnostics centres");
            return null;
        }
        all.put(id, new Declared(kind, f.locOf("id")));
        return id;
    }

    void zone(String id) { zones.add(id); }

    void zone(String id, Long residents) {
        zones.add(id);
        if (residents != null) this.residents.put(id, residents);
    }

    List<String> zones() { return zones; }

    void zonesUnknown() { zonesUnknown = true; }

    boolean zonesKnown() { return !zonesUnknown; }

    Map<String, FacilityFacts> facilities() { return facilities; }

    /** Residents of a zone as written (absent when unreadable). */
    Long residents(String zone) { return residents.get(zone); }

    boolean isZone(String id) { return zonesUnknown || zones.contains(id); }

    boolean isFacility(String id) { return facilities.containsKey(id); }

    /** Where each zone and facility id was declared. */
    Map<String, Loc> declared() {
        Map<String, Loc> out = new LinkedHashMap<>();
        all.forEach((id, d) -> out.put(id, d.loc()));
        return out;
    }

    /** Checks a reference to a zone or a facility (network edges); returns the id when valid, else null. */
    String placeRef(Fields f, String key) {
        String id = f.string(key, true, null);
        if (id == null || isZone(id) || facilities.containsKey(id)) return id;
        List<String> known = new ArrayList<>(zones);
        known.addAll(facilities.keySet());
        f.problem(key, "'" + id + "' is neither a zone nor a facility; known ids: " + Names.list(known) + Names.didYouMean(id, known));
        return null;
    }

    void facility(String id, FacilityFacts facts) { facilities.put(id, facts); }

    /** Checks an optional zone reference; returns the id when valid, else null. */
    String zoneRef(Fields f, String key) {
        String id = f.string(key, false, null);
        if (id == null || isZone(id)) return id;
        f.problem(key, "'" + id + "' is not a zone; " + (zones.isEmpty() ? "the scenario declares no zones"
                : "known zones: " + Names.list(zones) + Names.didYouMean(id, zones)));
        return null;
    }

    /** Checks a facility reference (required or not); returns the id when valid, else null. */
    String facilityRef(Fields f, String key, boolean required) {
        String id = f.string(key, required, null);
        if (id == null || facilities.containsKey(id)) return id;
        f.problem(key, "'" + id + "' is not a facility; known facilities: " + Names.list(facilities.keySet())
                + Names.didYouMean(id, facilities.keySet()));
        return null;
    }

    FacilityFacts facts(String facilityId) { return facilities.get(facilityId); }

    static String where(Loc l) {
        if (l.override() != null) return "--set '" + l.override() + "'";
        String file = l.file().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? l.file() + " " : "";
        return file + "line " + l.line() + ", column " + l.column();
    }
}

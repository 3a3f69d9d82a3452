package org.tiercare.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tiercare.scenario.YamlNode.Loc;

/**
 * Everything the scenario names (zones, facilities), so later sections can check their references.
 * Ids are declared as soon as they are read, even when the rest of their entry has problems, so that
 * one bad facility does not also make every reference to it "unknown".
 */
final class Ids {

    /** What a reference may need to know about a facility before its record is built. */
    record FacilityFacts(boolean outpatient, boolean beds) {}

    private record Declared(String kind, Loc loc) {}

    /** Ids appear in --set paths (facilities.H1.beds.count), so they cannot hold dots or spaces. */
    private static final Pattern USABLE = Pattern.compile("[^\\s.=\\[\\],]+");

    private final Map<String, Declared> all = new LinkedHashMap<>();
    private final List<String> zones = new ArrayList<>();
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
                    + where(first.loc()) + "; expected ids unique across zones and facilities");
            return null;
        }
        all.put(id, new Declared(kind, f.locOf("id")));
        return id;
    }

    void zone(String id) { zones.add(id); }

    void facility(String id, FacilityFacts facts) { facilities.put(id, facts); }

    /** Checks an optional zone reference; returns the id when valid, else null. */
    String zoneRef(Fields f, String key) {
        String id = f.string(key, false, null);
        if (id == null || zones.contains(id)) return id;
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

    private static String where(Loc l) {
        return l.override() != null ? "--set '" + l.override() + "'" : "line " + l.line() + ", column " + l.column();
    }
}

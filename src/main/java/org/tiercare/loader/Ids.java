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

    /** @param kind the bundle key naming what was declared ({@code kind.zone}, ...) */
    private record Declared(String kind, Loc loc) {}

    /** Ids appear in --set paths (facilities.H1.beds.count), so they cannot hold dots or spaces. */
    private static final Pattern USABLE = Pattern.compile("[^\\s.=\\[\\],]+");

    private final Map<String, Declared> all = new LinkedHashMap<>();
    private final List<String> zones = new ArrayList<>();
    private final Map<String, Long> residents = new LinkedHashMap<>();
    /** The zones file could not be read: zone references cannot be checked, so they are accepted. */
    private boolean zonesUnknown;
    private final Map<String, FacilityFacts> facilities = new LinkedHashMap<>();
    /** The facilities file could not be read: facility references cannot be checked, so they are accepted. */
    private boolean facilitiesUnknown;
    /** What an unreadable facilities file stands in for: anything a reference may need, so nothing knocks on. */
    private static final FacilityFacts ANY = new FacilityFacts(true, true, null, true, null);
    /** References accepted unchecked because the file that declares them could not be read. */
    private int skipped;

    /**
     * Reads and declares the required {@code id} of an entry; returns null if unusable.
     *
     * @param kind the bundle key naming what the entry is: {@code kind.zone}, {@code kind.facility}, {@code kind.diagnostics}
     */
    String declare(Fields f, String kind) {
        String id = f.string("id", true, null);
        if (id == null) return null;
        if (!USABLE.matcher(id).matches()) {
            f.problem("id", Text.get("id.unusable", id));
            return null;
        }
        Declared first = all.get(id);
        if (first != null) {
            f.problem("id", Text.get("id.duplicate", id, Text.get(first.kind()), where(first.loc())));
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

    boolean isZone(String id) {
        if (zones.contains(id)) return true;
        if (zonesUnknown) skipped++;
        return zonesUnknown;
    }

    boolean isFacility(String id) {
        if (facilities.containsKey(id)) return true;
        if (facilitiesUnknown) skipped++;
        return facilitiesUnknown;
    }

    void facilitiesUnknown() { facilitiesUnknown = true; }

    /** A facility whose CSV row could not be read (reported already): references to it are accepted. */
    void facilityUnread(String id) { facilities.putIfAbsent(id, ANY); }

    boolean facilitiesKnown() { return !facilitiesUnknown; }

    /** How many checks were skipped because a CSV file could not be read. */
    int skipped() { return skipped; }

    /** Where each zone and facility id was declared. */
    Map<String, Loc> declared() {
        Map<String, Loc> out = new LinkedHashMap<>();
        all.forEach((id, d) -> out.put(id, d.loc()));
        return out;
    }

    /** Checks a reference to a zone or a facility (network edges); returns the id when valid, else null. */
    String placeRef(Fields f, String key) {
        String id = f.string(key, true, null);
        if (id == null || facilities.containsKey(id) || isZone(id) || isFacility(id)) return id;
        List<String> known = new ArrayList<>(zones);
        known.addAll(facilities.keySet());
        f.problem(key, Text.get("ref.notPlace", id, Names.list(known), Names.didYouMean(id, known)));
        return null;
    }

    void facility(String id, FacilityFacts facts) { facilities.put(id, facts); }

    /** Department ids by facility (only facilities with departments). */
    private final Map<String, List<String>> departments = new LinkedHashMap<>();

    void departments(String facility, List<String> ids) {
        if (!ids.isEmpty()) departments.put(facility, List.copyOf(ids));
    }

    /** The departments written for a facility (empty without departments). */
    List<String> departmentsOf(String facility) { return departments.getOrDefault(facility, List.of()); }

    /** Every department id some facility uses, in order of first use. */
    List<String> departmentIds() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        departments.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Checks an optional zone reference; returns the id when valid, else null. */
    String zoneRef(Fields f, String key) {
        String id = f.string(key, false, null);
        if (id == null || isZone(id)) return id;
        f.problem(key, zones.isEmpty() ? Text.get("ref.notZone.none", id)
                : Text.get("ref.notZone", id, Names.list(zones), Names.didYouMean(id, zones)));
        return null;
    }

    /** Checks a facility reference (required or not); returns the id when valid, else null. */
    String facilityRef(Fields f, String key, boolean required) {
        String id = f.string(key, required, null);
        if (id == null || isFacility(id)) return id;
        f.problem(key, notFacility(id, facilities.keySet()));
        return null;
    }

    /** What is known of a facility; null when there is none (anything goes when the facilities file is unreadable). */
    FacilityFacts facts(String facilityId) {
        FacilityFacts f = facilities.get(facilityId);
        return f == null && facilitiesUnknown ? ANY : f;
    }

    /** "'X' is not a facility; known facilities: …", for a reference anywhere. */
    static String notFacility(String id, java.util.Collection<String> known) {
        return Text.get("ref.notFacility", id, Names.list(known), Names.didYouMean(id, known));
    }

    /** Where something was first written, for "already used at …": the line and column (and the CSV file), or the override. */
    static String where(Loc l) {
        if (l.override() != null) return Text.get("where.override", l.override());
        if (l.file().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return Text.get("where.fileLine", l.file(), l.line(), l.column());
        }
        return Text.get("where.line", l.line(), l.column());
    }
}

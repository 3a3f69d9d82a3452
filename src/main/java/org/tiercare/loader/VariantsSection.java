package org.tiercare.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.scenario.Entry;
import org.tiercare.scenario.VariantSpec;

/**
 * {@code variants}: named sets of {@code path: value} overrides for {@code compare}. Each variant is
 * checked by applying its overrides to a copy of the scenario and binding it, so a variant that
 * would not load is reported now, at the variant, rather than half-way through a comparison.
 */
final class VariantsSection {

    static final String KEY = "variants";
    private static final List<String> KEYS = List.of("id", "description", "set");

    /** A variant as read, with the nodes needed to check it. */
    record Bound(VariantSpec spec, String path, Loc setLoc, List<MapNode.Entry> entries) {}

    private VariantsSection() {}

    static List<Bound> bind(Fields top, Map<String, Loc> locations) {
        ListNode list = top.list(KEY, false, Text.get("items.variants"));
        List<Bound> out = new ArrayList<>();
        if (list == null) return out;
        Map<String, Loc> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String id = Sections.uniqueId(f, "kind.variant", seen);
            if (id != null) {
                locations.putIfAbsent(id, f.locOf("id"));
                locations.put("variant/" + id, f.locOf("id"));
            }
            String description = f.string("description", false, "");
            YamlNode set = f.node("set");
            List<MapNode.Entry> entries = new ArrayList<>();
            List<String> overrides = new ArrayList<>();
            if (set == null) {
                f.missing("set", Text.get("expect.variantSet"));
            } else if (!(set instanceof MapNode m)) {
                f.problem("set", Text.get("got", Text.get("expect.variantSet"), set.describe()));
            } else {
                if (m.entries.isEmpty()) f.problem("set", Text.get("variant.noOverrides"));
                for (MapNode.Entry e : m.entries.values()) {
                    entries.add(e);
                    overrides.add(e.key() + "=" + Trees.render(e.value()));
                }
            }
            if (id != null && top.problems.size() == before) {
                out.add(new Bound(new VariantSpec(id, description, List.copyOf(overrides)), f.at("set"), f.locOf("set"), entries));
            }
        }
        return out;
    }

    /**
     * Applies each variant to a copy of {@code pristine} (the tree before tier defaults) and binds it;
     * problems the base scenario already has are not repeated, the others are reported at the variant.
     */
    static void check(List<Bound> variants, MapNode pristine, Problems problems, Path file, String sha256,
                      List<String> overrides) {
        Set<String> base = new HashSet<>();
        for (Problem p : problems.all()) base.add(p.toString());
        for (Bound v : variants) {
            MapNode copy = (MapNode) Trees.copy(pristine);
            copy.entries.remove(KEY);
            // Problems applying the overrides name the variant and the override already; those of binding the result do not.
            Problems setting = new Problems();
            Problems mine = new Problems();
            Set<String> inVariant = new HashSet<>();
            for (MapNode.Entry e : v.entries()) {
                collect(e.value(), inVariant);
                inVariant.add(key(e.keyLoc()));
                Overrides.apply(copy, e.key(), Trees.copy(e.value()), e.keyLoc(),
                        m -> Text.at(v.path(), Text.get("override", e.key(), m)), setting);
            }
            if (setting.isEmpty()) {
                TierDefaults.apply(copy, mine);
                ScenarioBinder.bind(copy, mine, file, sha256, overrides, null);
            }
            for (Problem p : setting.all()) {
                if (!base.contains(p.toString())) problems.add(p);
            }
            for (Problem p : mine.all()) {
                if (base.contains(p.toString())) continue;
                if (p.line() > 0 && inVariant.contains(p.file() + ":" + p.line() + ":" + p.column())) {
                    problems.add(new Problem(p.file(), p.line(), p.column(), Text.at(v.path(), p.message())));
                } else if (p.line() > 0) {
                    problems.add(v.setLoc(), Text.get("variant.elsewhere", v.path(), p.message(), p.file() + ":" + p.line() + ":" + p.column()));
                } else {
                    problems.add(v.setLoc(), Text.at(v.path(), p.message()));
                }
            }
        }
    }

    private static String key(Loc l) { return l.file() + ":" + l.line() + ":" + l.column(); }

    private static void collect(YamlNode n, Set<String> out) {
        out.add(key(n.loc()));
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries.values()) {
                out.add(key(e.keyLoc()));
                collect(e.value(), out);
            }
        } else if (n instanceof ListNode l) {
            for (YamlNode item : l.items) collect(item, out);
        }
    }
}

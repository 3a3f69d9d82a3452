package org.tiercare.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.MapNode;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.AllianceSpec;

/**
 * {@code alliances}: specialty alliances (专科联盟), each naming its conditions, its lead facility (and perhaps the
 * lead's department), its members, whether referred patients go first at the lead and the share of the lead
 * department's slots kept for referrals. Every id is checked against the conditions, facilities and departments.
 */
final class AlliancesSection {

    static final String KEY = "alliances";
    private static final List<String> KEYS =
            List.of("id", "name", "conditions", "lead", "members", "department", "referred_first", "slot_share");

    private AlliancesSection() {}

    static List<AllianceSpec> bind(Fields top, Ids ids) {
        ListNode list = top.list(KEY, false, Text.get("items.alliances"));
        List<AllianceSpec> out = new ArrayList<>();
        if (list == null) return out;
        List<String> conditions = conditionIds(top);
        Map<String, Loc> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.items.size(); i++) {
            Fields f = Fields.of(top.problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), KEYS);
            if (!f.isMap()) continue;
            int before = top.problems.size();
            String id = Sections.uniqueId(f, "kind.alliance", seen);
            String name = f.string("name", false, id);
            List<String> cs = idList(f, "conditions", Text.get("items.conditionIds"), id2 -> conditions.contains(id2) ? null
                    : Text.get("alliances.notCondition", id2, Names.list(conditions), Names.didYouMean(id2, conditions)));
            String lead = ids.facilityRef(f, "lead", true);
            if (lead != null && ids.facts(lead) != null && !ids.facts(lead).outpatient()) {
                f.problem("lead", Text.get("alliances.leadNoOutpatient", lead));
            }
            List<String> members = idList(f, "members", Text.get("items.facilityIds"), m -> {
                if (ids.facts(m) == null) return Ids.notFacility(m, ids.facilities().keySet());
                if (m.equals(lead)) return Text.get("alliances.leadIsMember", m);
                return null;
            });
            String department = f.string("department", false, null);
            if (department != null && lead != null && ids.facilitiesKnown()) {
                List<String> known = ids.departmentsOf(lead);
                if (!known.contains(department)) {
                    f.problem("department", known.isEmpty() ? Text.get("alliances.leadNoDepartments", department, lead)
                            : Text.get("alliances.notDepartment", department, lead, Names.list(known), Names.didYouMean(department, known)));
                }
            }
            Boolean first = f.bool("referred_first", true);
            Double share = f.number("slot_share", false, 0, Range.PROBABILITY);
            if (id != null && top.problems.size() == before) {
                out.add(new AllianceSpec(id, name, cs, lead, members, department, first, share));
            }
        }
        return out;
    }

    /** The condition ids written (even those whose condition has a problem), so references are checked once. */
    private static List<String> conditionIds(Fields top) {
        List<String> out = new ArrayList<>();
        if (top.node(ConditionsSection.KEY) instanceof ListNode l) {
            for (YamlNode n : l.items) {
                if (n instanceof MapNode m && m.get("id") instanceof Scalar s && !s.isNull()) out.add(s.text().strip());
            }
        }
        return out;
    }

    /** A required, non-empty list of ids, each checked by {@code check} (a message, or null when fine), none twice. */
    private static List<String> idList(Fields f, String key, String expected, java.util.function.Function<String, String> check) {
        ListNode list = f.list(key, true, expected);
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        if (list.items.isEmpty()) {
            f.problem(key, Text.get("alliances.emptyList", key));
            return out;
        }
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode n = list.items.get(i);
            String where = f.at(key) + "[" + i + "]";
            if (!(n instanceof Scalar s) || s.isNull()) {
                f.problems.add(n.loc(), Text.at(where, Text.get("got", expected, n.describe())));
                continue;
            }
            String id = s.text().strip();
            String problem = out.contains(id) ? Text.get("alliances.twice", id) : check.apply(id);
            if (problem != null) {
                f.problems.add(n.loc(), Text.at(where, problem));
                continue;
            }
            out.add(id);
        }
        return out;
    }
}

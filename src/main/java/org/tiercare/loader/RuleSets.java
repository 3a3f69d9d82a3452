package org.tiercare.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.loader.Fields.Range;
import org.tiercare.loader.YamlNode.ListNode;
import org.tiercare.loader.YamlNode.Loc;
import org.tiercare.loader.YamlNode.Scalar;
import org.tiercare.scenario.RuleSet;
import org.tiercare.scenario.RuleSpec;
import org.tiercare.scenario.RuleSpec.Check;
import org.tiercare.scenario.TargetSpec;
import org.tiercare.scenario.Tier;

/**
 * Rule sets by name: {@code rules/<name>.yaml} beside the scenario's folder or below the current folder (a
 * province's own rules), else the copy built into tiercare ({@code tiercare/rules/}, the repository's
 * {@code rules/} folder). Names are plain words ({@code nhc-2023}), never paths, so a rule name cannot
 * reach outside those folders. A scenario names its rule sets under {@code rules:}; {@code --rules} adds more.
 */
public final class RuleSets {
    static final String KEY = "rules";
    private static final List<String> TOP = List.of("id", "name_zh", "name_en", "source", "rules");
    private static final List<String> RULE_KEYS;

    static {
        List<String> k = new ArrayList<>(List.of("check", "clause_zh", "summary_en"));
        k.addAll(TargetsSection.KEYS); // id, op, value, tier, source, and for outcome rules the target's keys
        k.add("facility_type");
        RULE_KEYS = List.copyOf(k);
    }

    private RuleSets() {}

    /**
     * The rule sets named on the command line ({@code --rules a,b}), looked up from {@code scenarioFile}'s folder.
     *
     * @throws ScenarioException naming every rule set that is unknown or broken
     */
    public static List<RuleSet> load(List<String> names, Path scenarioFile) throws ScenarioException {
        Problems problems = new Problems();
        List<RuleSet> out = new ArrayList<>();
        for (String name : names) {
            RuleSet r = load(name.strip(), scenarioFile, new Loc("--rules " + name.strip(), 0, 0, null), problems);
            if (r != null) out.add(r);
        }
        problems.throwIfAny();
        return out;
    }

    /** The rule sets a scenario names under {@code rules:} (one name or a list). */
    static List<RuleSet> bind(Fields top, Path scenarioFile) {
        List<RuleSet> out = new ArrayList<>();
        YamlNode n = top.node(KEY);
        if (n == null) return out;
        List<YamlNode> items = n instanceof ListNode l ? l.items : List.of(n);
        for (YamlNode item : items) {
            if (!(item instanceof Scalar s) || s.kind() != Scalar.Kind.STRING) {
                top.problems.add(item.loc(), Text.at(KEY, Text.get("rules.name", item.describe())));
                continue;
            }
            RuleSet r = load(s.text().strip(), scenarioFile, item.loc(), top.problems);
            if (r != null) out.add(r);
        }
        return out;
    }

    private static RuleSet load(String name, Path scenarioFile, Loc at, Problems problems) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            problems.add(at, Text.get("rules.name", Text.quote(name)));
            return null;
        }
        String fileName = name + ".yaml";
        List<Path> candidates = new ArrayList<>();
        Path dir = scenarioFile == null ? null : scenarioFile.toAbsolutePath().getParent();
        if (dir != null) {
            candidates.add(dir.resolve(KEY).resolve(fileName));
            if (dir.getParent() != null) candidates.add(dir.getParent().resolve(KEY).resolve(fileName));
        }
        candidates.add(Path.of(KEY, fileName).toAbsolutePath());
        candidates = new ArrayList<>(new java.util.LinkedHashSet<>(candidates.stream().map(Path::normalize).toList()));
        try {
            for (Path p : candidates) {
                if (Files.isRegularFile(p)) return parse(Files.readString(p, StandardCharsets.UTF_8), p.toString(), name, at, problems);
            }
            try (InputStream in = RuleSets.class.getResourceAsStream("/tiercare/rules/" + fileName)) {
                if (in != null) return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "tiercare/rules/" + fileName, name, at, problems);
            }
        } catch (IOException e) {
            problems.add(at, Text.get("rules.unreadable", name, String.valueOf(e.getMessage())));
            return null;
        }
        problems.add(at, Text.get("rules.unknown", name, Text.join(candidates.stream().map(Path::toString).toList())));
        return null;
    }

    static RuleSet parse(String text, String file, String name, Loc at, Problems problems) {
        int before = problems.size();
        YamlNode root = YamlTreeReader.read(text, file, problems);
        if (root == null) {
            if (problems.size() == before) problems.add(new Loc(file, 1, 1, null), Text.get("rules.empty"));
            return null;
        }
        Fields top = Fields.of(problems, root, "", TOP);
        if (!top.isMap()) return null;
        String id = top.string("id", true, null);
        if (id != null && !id.equals(name)) top.problem("id", Text.get("rules.idName", id, name));
        String nameZh = top.string("name_zh", false, name), nameEn = top.string("name_en", false, name);
        String source = top.string("source", false, "");
        ListNode list = top.list(KEY, true, Text.get("items.rules"));
        List<RuleSpec> rules = new ArrayList<>();
        Map<String, Loc> seen = new LinkedHashMap<>();
        if (list != null) {
            for (int i = 0; i < list.items.size(); i++) {
                Fields f = Fields.of(problems, list.items.get(i), Sections.itemPath(KEY, list.items.get(i), i), RULE_KEYS);
                if (!f.isMap()) continue;
                RuleSpec r = rule(f, Sections.uniqueId(f, "kind.rule", seen), source);
                if (r != null) rules.add(r);
            }
        }
        if (problems.size() != before) return null;
        return new RuleSet(name, nameZh, nameEn, source, rules);
    }

    private static RuleSpec rule(Fields f, String id, String setSource) {
        int before = f.problems.size();
        Check check = f.choice("check", "rules.check", Check.class, null);
        if (check == null && f.node("check") == null) f.missing("check", Text.get("rules.check"));
        String clauseZh = f.string("clause_zh", true, null), summaryEn = f.string("summary_en", true, null);
        String source = f.string("source", false, setSource);
        if (check == Check.OUTCOME) {
            TargetSpec t = TargetsSection.target(f, id, null, null);
            if (t == null || f.problems.size() != before) return null;
            return new RuleSpec(id, check, t.op(), t.value(), null, t, clauseZh, summaryEn, source);
        }
        TargetSpec.Op op = TargetSpec.Op.AT_LEAST;
        double value = 0;
        Tier tier = null;
        if (check == Check.MIN_GRIDS || check == Check.LEAD_RESERVED_SLOTS || check == Check.LEAD_RESERVED_BEDS) {
            String opText = f.string("op", false, ">=");
            op = TargetSpec.Op.of(opText);
            if (op == null) f.problem("op", Text.get("target.op", opText));
            Double v;
            YamlNode n = f.node("value");
            if (n instanceof Scalar s && s.kind() == Scalar.Kind.STRING) {
                v = TargetsSection.parse(s.text(), true);
                if (v == null) f.problem("value", Text.get("target.value", s.text()));
            } else {
                v = f.number("value", true, 0, check == Check.MIN_GRIDS ? Range.NON_NEGATIVE : Range.PROBABILITY);
            }
            if (v != null) value = v;
        } else if (check == Check.LEAD_TIER) {
            tier = f.choice("tier", "choice.tier", Tier.class, null);
            if (tier == null && f.node("tier") == null) f.missing("tier", Text.get("choice.tier"));
        }
        org.tiercare.scenario.FacilityType type = null;
        if (check == Check.MEMBER_TYPE) {
            type = f.choice("facility_type", "choice.facilityType", org.tiercare.scenario.FacilityType.class, null);
            if (type == null && f.node("facility_type") == null) f.missing("facility_type", Text.get("choice.facilityType"));
        }
        if (f.problems.size() != before || id == null || check == null) return null;
        return new RuleSpec(id, check, op, value, tier, null, clauseZh, summaryEn, source, type);
    }
}

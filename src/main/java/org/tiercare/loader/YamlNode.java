package org.tiercare.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiercare.scenario.Entry;

/**
 * The scenario file as a tree that remembers where everything was written. Jackson's own tree
 * drops locations, and we need them to point planners at the exact line of every mistake.
 */
sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

    Loc loc();

    /** How the node reads in a message, in the process's language: the scalar's text quoted, or "a map"/"a list". */
    String describe();

    /**
     * A place in the file (1-based), or an override: {@code override} is then the {@code path=value}
     * text and line/column are 0.
     */
    record Loc(String file, int line, int column, String override) {
        static Loc ofOverride(String override) { return new Loc("--set", 0, 0, override); }
    }

    /** Keys keep file order so that "expected one of" lists and problems read naturally. */
    final class MapNode implements YamlNode {
        record Entry(String key, Loc keyLoc, YamlNode value) {}

        private final Loc loc;
        final Map<String, Entry> entries = new LinkedHashMap<>();

        MapNode(Loc loc) { this.loc = loc; }

        public Loc loc() { return loc; }
        public String describe() { return Text.get("describe.map"); }

        YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    final class ListNode implements YamlNode {
        private final Loc loc;
        final List<YamlNode> items = new ArrayList<>();
        /**
         * Set when the list stands for a CSV file that could not be read (the file as the scenario
         * names it); its problem is reported already, and checks that depend on its rows are skipped.
         * Copies of the tree keep it, so variants skip them too.
         */
        String unreadable;
        /** Ids of CSV rows left out because their cells could not be matched to columns (reported already). */
        final List<String> skippedIds = new ArrayList<>();

        ListNode(Loc loc) { this.loc = loc; }

        public Loc loc() { return loc; }
        public String describe() { return Text.get("describe.list"); }
    }

    /**
     * A scalar with its text exactly as written (so "08:00" and "1_000" survive) and the type the
     * YAML resolver gave it; quoted scalars are always STRING.
     */
    record Scalar(Loc loc, String text, Kind kind) implements YamlNode {
        enum Kind { STRING, INT, FLOAT, BOOL, NULL }

        public String describe() { return kind == Kind.NULL ? Text.get("describe.empty") : Text.quote(text); }

        boolean isNull() { return kind == Kind.NULL; }
    }
}

package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.tiercare.loader.YamlNode.Loc;

/** Collects problems while loading goes on, so that one run of {@code validate} shows all of them. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    /** Nodes standing in for something that could not be read (a CSV file); their problem is already reported. */
    private final Set<YamlNode> broken = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(Loc at, String message) {
        if (at.override() != null) list.add(new Problem("--set", 0, 0, Text.get("override", at.override(), message)));
        else list.add(new Problem(at.file(), at.line(), at.column(), message));
    }

    void markBroken(YamlNode n) { broken.add(n); }

    boolean isBroken(YamlNode n) { return n != null && broken.contains(n); }

    /** The problems in the order they were found. */
    List<Problem> all() { return List.copyOf(list); }

    void add(Problem p) { list.add(p); }

    boolean isEmpty() { return list.isEmpty(); }

    int size() { return list.size(); }

    /** File problems in reading order, then override problems (which have no place in the file). */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Problem p) -> p.line() == 0)
                .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    void throwIfAny() throws ScenarioException {
        if (!list.isEmpty()) throw new ScenarioException(sorted());
    }
}

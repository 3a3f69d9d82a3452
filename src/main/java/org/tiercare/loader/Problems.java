package org.tiercare.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tiercare.loader.YamlNode.Loc;

/** Collects problems while loading goes on, so that one run of {@code validate} shows all of them. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    void add(Loc at, String message) {
        if (at.override() != null) list.add(new Problem("--set", 0, 0, Text.get("override", at.override(), message)));
        else list.add(new Problem(at.file(), at.line(), at.column(), message));
    }

    /** Whether {@code n} stands for a CSV file that could not be read (its problem is reported already). */
    boolean isBroken(YamlNode n) { return n instanceof YamlNode.ListNode l && l.unreadable != null; }

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

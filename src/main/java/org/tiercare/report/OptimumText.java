package org.tiercare.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiercare.text.Messages;

/** What an optimisation found, in sentences for the console and the report. */
public final class OptimumText {
    private OptimumText() {}

    /** The finding and, when the response was not monotone, where; empty for a plain sweep. */
    public static List<String> lines(Sweep.Optimum o, String leverName, Locale locale) {
        List<String> out = new ArrayList<>();
        if (o == null) return out;
        Messages m = Messages.of("report", locale);
        String targets = String.join(", ", o.targets());
        if (Double.isNaN(o.found())) {
            out.add(m.get("optimise.none", leverName, LeverNames.value(o.lo()), LeverNames.value(o.hi()), targets));
        } else {
            out.add(m.get(o.minimise() ? "optimise.found.min" : "optimise.found.max", leverName, targets,
                    LeverNames.value(o.found()), Integer.toString(o.replications())));
        }
        out.add(m.get("optimise.search", String.format(Locale.ROOT, "%.0f", o.searchSeconds())));
        if (!o.notMonotone().isEmpty()) {
            out.add(m.get(o.minimise() ? "optimise.notMonotone.min" : "optimise.notMonotone.max",
                    String.join(", ", o.notMonotone().stream().map(LeverNames::value).toList())));
        }
        return out;
    }
}

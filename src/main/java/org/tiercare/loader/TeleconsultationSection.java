package org.tiercare.loader;

import java.util.List;
import org.tiercare.dist.Distribution;
import org.tiercare.loader.Fields.Range;
import org.tiercare.scenario.TeleconsultationSpec;

/** {@code teleconsultation}: remote consults before a referral up (远程会诊). Absent: no teleconsultation (null). */
final class TeleconsultationSection {

    static final String KEY = "teleconsultation";
    static final List<String> KEYS = List.of("share", "delay", "experts", "consult_time", "resolved_share");
    static final double DEFAULT_DELAY_H = 2;
    static final int DEFAULT_EXPERTS = 2;
    static final Distribution DEFAULT_CONSULT_TIME = new Distribution.Deterministic(20 / 60.0);
    static final double DEFAULT_RESOLVED_SHARE = 0.5;
    /** Remote-consult experts on duty per hospital: tens at most; 10,000 is a typo. */
    static final int MAX_EXPERTS = 10_000;

    private TeleconsultationSection() {}

    static TeleconsultationSpec bind(Fields top) {
        YamlNode node = top.node(KEY);
        if (node == null) return null;
        Fields f = Fields.of(top.problems, node, KEY, KEYS);
        if (!f.isMap()) return null;
        int before = top.problems.size();
        Double share = f.number("share", true, 0, Range.PROBABILITY);
        Double delay = f.duration("delay", false, DEFAULT_DELAY_H, Range.NON_NEGATIVE);
        Integer experts = f.count("experts", false, DEFAULT_EXPERTS, 1, MAX_EXPERTS);
        Distribution consult = f.has("consult_time")
                ? DistributionBinder.bind(f.problems, f.node("consult_time"), f.at("consult_time")) : DEFAULT_CONSULT_TIME;
        Double resolved = f.number("resolved_share", false, DEFAULT_RESOLVED_SHARE, Range.PROBABILITY);
        if (top.problems.size() != before) return null;
        return new TeleconsultationSpec(share, delay, experts, consult, resolved);
    }
}

package org.tiercare.scenario;

import java.util.List;

/**
 * The resource-sinking levers beyond reservation: specialist outreach, teleconsultation,
 * shared diagnostics and capability uplift. Every list may be empty and {@code teleconsultation} null:
 * a lever that is absent or set to zero changes nothing (and draws no random numbers).
 */
public record LeversSpec(List<OutreachSpec> outreach, TeleconsultationSpec teleconsultation,
                         List<DiagnosticsSpec> diagnostics, List<UpliftSpec> uplift, List<AllianceSpec> alliances) {
    public static final LeversSpec NONE = new LeversSpec(List.of(), null, List.of(), List.of());

    public LeversSpec {
        alliances = alliances == null ? List.of() : List.copyOf(alliances);
    }

    /** Without specialty alliances ({@code alliances:}, a top-level section bound here with the other levers). */
    public LeversSpec(List<OutreachSpec> outreach, TeleconsultationSpec teleconsultation,
                      List<DiagnosticsSpec> diagnostics, List<UpliftSpec> uplift) {
        this(outreach, teleconsultation, diagnostics, uplift, List.of());
    }
}

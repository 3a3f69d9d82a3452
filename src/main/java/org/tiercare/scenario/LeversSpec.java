package org.tiercare.scenario;

import java.util.List;

/**
 * The resource-sinking levers beyond reservation: specialist outreach, teleconsultation,
 * shared diagnostics and capability uplift. Every list may be empty and {@code teleconsultation} null:
 * a lever that is absent or set to zero changes nothing (and draws no random numbers).
 */
public record LeversSpec(List<OutreachSpec> outreach, TeleconsultationSpec teleconsultation,
                         List<DiagnosticsSpec> diagnostics, List<UpliftSpec> uplift) {
    public static final LeversSpec NONE = new LeversSpec(List.of(), null, List.of(), List.of());
}

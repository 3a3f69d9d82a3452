package org.tiercare.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * A warning about a run's numbers: kept as data in manifest.json, printed on the console and shown in a banner
 * at the top of the report, so that nobody reads a number without the caveat that goes with it.
 *
 * @param code      what kind of caveat: {@link #LOW_PRECISION}, {@link #UNSTABLE_QUEUE}, {@link #WARMUP_SHORT}, or one
 *                  of the scenario's meaning, found before the run: {@link #NO_CAPACITY}, {@link #REFERRAL_CYCLE},
 *                  {@link #OVERLOADED}, {@link #NO_ROUTE}
 * @param variant   the variant it concerns
 * @param scope     {@code network}, {@code grid}, {@code tier} or {@code facility}, as in summary.csv
 * @param scopeId   the scope's id ({@code all} for the network)
 */
@JsonPropertyOrder({"code", "variant", "scope", "scope_id", "message_zh", "message_en"})
public record RunWarning(@JsonProperty("code") String code, @JsonProperty("variant") String variant,
                         @JsonProperty("scope") String scope, @JsonProperty("scope_id") String scopeId,
                         @JsonProperty("message_zh") String messageZh, @JsonProperty("message_en") String messageEn) {
    /** A 95 % interval too wide to act on, or resting on too few replications. */
    public static final String LOW_PRECISION = "low_precision";
    /** A queue or booking backlog that keeps growing: the facility is overloaded and its waits depend on the horizon. */
    public static final String UNSTABLE_QUEUE = "unstable_queue";
    /** The measured period started before the model reached its steady level. */
    public static final String WARMUP_SHORT = "warmup_short";
    /** A facility receives patients for consults or beds but has no doctors, hours, slots or beds for them. */
    public static final String NO_CAPACITY = "no_capacity";
    /** The referral table sends patients round a cycle with probability 1 at every step: nobody leaves it. */
    public static final String REFERRAL_CYCLE = "referral_cycle";
    /** The load the scenario's rates offer (approximately) reaches the capacity: a queue grows without bound. */
    public static final String OVERLOADED = "overloaded";
    /** Patients can need a level of care (a capability, an emergency department) that nothing they can reach has. */
    public static final String NO_ROUTE = "no_route";

    /** The message in a language (Chinese for any {@code zh} locale). */
    public String message(Locale locale) { return "zh".equals(locale.getLanguage()) ? messageZh : messageEn; }
}

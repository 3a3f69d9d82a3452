package org.tiercare.loader;

import java.util.List;
import org.tiercare.loader.Fields.Range;
import org.tiercare.scenario.ReservationSpec;

/**
 * {@code facilities[].reservation}: the facility's own referral reservation. Keys it omits take the
 * policy's values ({@code policy.reserved_slot_share} etc.), so a hospital can change one lever.
 */
final class ReservationBinder {

    static final List<String> KEYS =
            List.of("slot_share", "bed_share", "referral_booking_horizon", "release_before", "referred_first");

    private ReservationBinder() {}

    static ReservationSpec bind(Problems problems, YamlNode node, String path, ReservationSpec defaults) {
        int before = problems.size();
        Fields f = Fields.of(problems, node, path, KEYS);
        if (!f.isMap()) return null;
        Double slots = f.number("slot_share", false, defaults.slotShare(), Range.PROBABILITY);
        Double beds = f.number("bed_share", false, defaults.bedShare(), Range.PROBABILITY);
        Double horizon = f.duration("referral_booking_horizon", false, defaults.referralHorizonH(), Range.POSITIVE);
        Double release = f.duration("release_before", false, defaults.releaseBeforeH(), Range.NON_NEGATIVE);
        Boolean first = f.bool("referred_first", defaults.referredFirst());
        if (problems.size() != before) return null;
        return new ReservationSpec(slots, beds, horizon, release, first);
    }
}

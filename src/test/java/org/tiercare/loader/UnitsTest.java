package org.tiercare.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishMessages.class) // these tests read the wording of the messages
class UnitsTest {

    @Test
    void convertsToHours() {
        assertEquals(0.25, Units.hours("15 min"), 1e-12);
        assertEquals(2, Units.hours("2 h"));
        assertEquals(72, Units.hours("3 d"));
        assertEquals(1.5, Units.hours("1.5 hours"));
        assertEquals(30 / 3600.0, Units.hours("30 s"), 1e-12);
        assertEquals(336, Units.hours("2 w"));
        assertEquals(0.5, Units.hours("30 minutes"), 1e-12);
        assertEquals(3, Units.hours("3 hr"));
        assertEquals(24, Units.hours("1 day"));
        assertEquals(48, Units.hours("2 days"));
        assertEquals(168, Units.hours("1 week"));
        assertEquals(336, Units.hours("2 weeks"));
        assertEquals(0.25, Units.hours("15min"), 1e-12);
        assertEquals(4.5, Units.hours("4.5"));
        assertEquals(-2, Units.hours("-2 h"));
    }

    @Test
    void rejectsUnknownUnitsAndNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.hours("15 parsecs"));
        assertEquals("'15 parsecs' has unknown unit 'parsecs'; expected one of s, min, h, d, w"
                + " (also sec, minutes, hr, hours, day(s), week(s)), e.g. 15 min", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Units.hours("5 m"));
        assertEquals(true, e.getMessage().contains("could be minutes or months"));
        e = assertThrows(IllegalArgumentException.class, () -> Units.hours("soon"));
        assertEquals("'soon' is not a duration; expected a duration such as 30 s, 15 min, 2 h, 3 d or 2 w (a bare number means hours)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Units.hours("1 h 30 min"));
    }
}

package org.tiercare.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tiercare.model.ModelFixtures.schedule;
import static org.tiercare.model.ModelFixtures.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiercare.scenario.OpeningHours;

/** OpeningSchedule: open/closed at a time, the next opening across days and the weekly wrap, always-open. */
class OpeningScheduleTest {
    private static final double DAY = 24, WEEK = 168;

    /** Mon–Fri 08:00–12:00 and 14:00–17:00; closed at the weekend. Hour 0 is Monday 00:00. */
    private static OpeningSchedule weekdays() {
        return schedule(session(MONDAY, FRIDAY, 8, 12), session(MONDAY, FRIDAY, 14, 17));
    }

    @Test
    void openInsideSessionsClosedOutsideAndAtClosingTime() {
        OpeningSchedule s = weekdays();
        assertFalse(s.isOpen(7.99), "Monday 07:59: before the morning session");
        assertTrue(s.isOpen(8.0), "Monday 08:00: opening time is open ([open, close))");
        assertTrue(s.isOpen(11.99));
        assertFalse(s.isOpen(12.0), "Monday 12:00: closing time is closed");
        assertFalse(s.isOpen(13.0), "Monday 13:00: lunch break");
        assertTrue(s.isOpen(16.5), "Monday 16:30: afternoon session");
        assertTrue(s.isOpen(4 * DAY + 9), "Friday 09:00 (day 4)");
        assertFalse(s.isOpen(5 * DAY + 9), "Saturday 09:00 (day 5): closed");
        assertFalse(s.isOpen(6 * DAY + 15), "Sunday 15:00 (day 6): closed");
    }

    @Test
    void weeksRepeat() {
        OpeningSchedule s = weekdays();
        // Week 3, Wednesday (day 2) 15:00 = 3·168 + 2·24 + 15 = 567 h: afternoon session.
        assertTrue(s.isOpen(3 * WEEK + 2 * DAY + 15));
        // Week 10, Saturday 10:00 = 10·168 + 5·24 + 10: weekend.
        assertFalse(s.isOpen(10 * WEEK + 5 * DAY + 10));
    }

    @Test
    void nextOpenIsNowWhenOpenElseTheNextSessionStart() {
        OpeningSchedule s = weekdays();
        assertEquals(9.5, s.nextOpen(9.5), "open now: now");
        assertEquals(14.0, s.nextOpen(12.5), "Monday lunch → Monday 14:00");
        assertEquals(DAY + 8, s.nextOpen(17.5), "Monday evening → Tuesday 08:00 = 32 h");
        assertEquals(8.0, s.nextOpen(0.0), "Monday 00:00 → Monday 08:00");
    }

    @Test
    void nextOpenWrapsFromTheWeekendToNextMonday() {
        OpeningSchedule s = weekdays();
        // Friday 17:00 = 4·24 + 17 = 113 h; next opening Monday of week 1 at 168 + 8 = 176 h.
        assertEquals(WEEK + 8, s.nextOpen(4 * DAY + 17));
        assertEquals(WEEK + 8, s.nextOpen(5 * DAY + 10), "from Saturday");
        assertEquals(WEEK + 8, s.nextOpen(WEEK - 0.01), "from Sunday 23:59");
        // The same one week later: Saturday of week 1 → Monday of week 2 at 2·168 + 8.
        assertEquals(2 * WEEK + 8, s.nextOpen(WEEK + 5 * DAY));
    }

    @Test
    void sundayOnlyScheduleWrapsIntoTheFollowingWeek() {
        OpeningSchedule s = schedule(session(SUNDAY, SUNDAY, 8, 12));
        // Sunday is day 6: opens at 6·24 + 8 = 152 h.
        assertEquals(6 * DAY + 8, s.nextOpen(0));
        // Sunday 13:00 (157 h) → next Sunday 08:00 = 168 + 152 = 320 h.
        assertEquals(WEEK + 6 * DAY + 8, s.nextOpen(6 * DAY + 13));
    }

    @Test
    void touchingSessionsMergeAndDaysAreReportedFromMidnight() {
        OpeningSchedule s = schedule(session(MONDAY, MONDAY, 8, 12), session(MONDAY, MONDAY, 12, 14),
                session(SATURDAY, SATURDAY, 8, 12));
        List<double[]> monday = s.openOnDay(0);
        assertEquals(1, monday.size(), "08–12 and 12–14 touch: one interval");
        assertArrayEquals(new double[] {8, 14}, monday.get(0));
        assertTrue(s.isOpen(12.0), "12:00 is inside the merged interval");
        assertArrayEquals(new double[] {8, 12}, s.openOnDay(5).get(0), "Saturday, hours from its own midnight");
        assertTrue(s.openOnDay(2).isEmpty(), "Wednesday closed");
        // Monday 6 h + Saturday 4 h over 2 open days = 5 h per open day.
        assertEquals(5.0, s.hoursPerOpenDay(), 1e-12);
    }

    @Test
    void alwaysOpenIsOpenAllDayEveryDay() {
        OpeningSchedule s = new OpeningSchedule(OpeningHours.ALWAYS);
        assertTrue(s.always());
        assertEquals(123.4, s.nextOpen(123.4), "always open: next opening is now");
        for (int d = 0; d < 7; d++) assertArrayEquals(new double[] {0, 24}, s.openOnDay(d).get(0));
        assertEquals(24.0, s.hoursPerOpenDay());
    }

    @Test
    void alwaysOpenScheduleSaysItIsOpen() {
        OpeningSchedule s = new OpeningSchedule(OpeningHours.ALWAYS);
        assertTrue(s.isOpen(3.0));
    }

    @Test
    void neverOpenScheduleHasNoNextOpening() {
        OpeningSchedule s = new OpeningSchedule(new OpeningHours(false, List.of()));
        assertFalse(s.isOpen(10));
        assertEquals(Double.POSITIVE_INFINITY, s.nextOpen(10));
        assertTrue(Double.isNaN(s.hoursPerOpenDay()), "no open day: NaN, not a division by zero");
    }
}

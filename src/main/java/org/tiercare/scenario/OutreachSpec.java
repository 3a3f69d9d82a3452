package org.tiercare.scenario;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.tiercare.dist.Distribution;

/**
 * Specialist outreach (派驻专家, 巡诊): specialist-days per week moved from a hospital to member
 * clinics. Each outreach day, the specialists available that day tour the clinics (a vehicle-routing
 * problem planned with jsprit): they leave the hospital, hold a session of {@code sessionH} at each
 * clinic they are routed to, within the clinics' session window, and return.
 *
 * @param hospital              where the specialists come from (its doctors on duty fall by those out)
 * @param specialistDaysPerWeek specialist-days per week sent down (spread over {@code days})
 * @param clinics               member clinics that receive sessions
 * @param days                  weekdays with outreach
 * @param windowOpenHour        earliest session start at a clinic (hour of day)
 * @param windowCloseHour       latest session end at a clinic (hour of day)
 * @param sessionH              length of one session at a clinic, hours
 * @param capability            capability of a clinic while a specialist is there
 * @param consultTime           specialist consult time at the clinic (null: the clinic's own)
 */
public record OutreachSpec(String hospital, double specialistDaysPerWeek, List<String> clinics, Set<DayOfWeek> days,
                           double windowOpenHour, double windowCloseHour, double sessionH, int capability,
                           Distribution consultTime) {}

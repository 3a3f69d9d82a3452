package org.tiercare.outreach;

/** One session: arrival at the clinic, session start and end, in hours of the day. */
public record Visit(String clinicId, double arriveH, double startH, double endH) {}

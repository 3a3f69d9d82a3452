package org.tiercare.metric;

import java.util.Locale;

/** The unit a metric's values are written in (summary.csv), with its symbol in English and Chinese. */
public enum Unit {
    HOURS("h", "小时"),
    /** Never written in a file: the unit some times are shown in ({@link Metric#displayUnit()}); 24 h. */
    DAYS("d", "天"),
    /** Stored as a fraction 0–1; shown as a percentage. */
    FRACTION("fraction", "比例"),
    PATIENTS("patients", "人次"),
    EVENTS("events", "次"),
    SLOTS("slots", "个"),
    BEDS("beds", "张"),
    VISITS_PER_DOCTOR_DAY("consults per doctor-day", "人次/医师日"),
    /** Renminbi yuan (元). */
    YUAN("yuan", "元");

    private final String en;
    private final String zh;

    Unit(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** Hours in a day, for times shown in {@link #DAYS}. */
    public static final double HOURS_PER_DAY = 24;

    /** The unit's symbol or words in the given language (Chinese for any {@code zh} locale, else English). */
    public String symbol(Locale locale) { return Metric.isChinese(locale) ? zh : en; }
}

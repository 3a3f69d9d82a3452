package org.tiercare.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiercare.report.MetricInfo.Better;
import org.tiercare.report.MetricInfo.Kind;

/** The known metrics (DESIGN.md §3) with their names, units and better direction; formatting of their values. */
public final class MetricCatalog {
    private MetricCatalog() {}

    private static final Map<String, MetricInfo> INFO = new LinkedHashMap<>();

    static {
        add("visits", "visits (completed consults)", "诊疗人次", Kind.COUNT, Better.NEITHER);
        add("primary_visit_share", "primary visit share", "基层诊疗量占比", Kind.SHARE, Better.HIGHER);
        add("bypass_rate", "bypass rate", "越级就诊率", Kind.SHARE, Better.LOWER);
        add("in_grid_rate", "in-grid consult rate", "网格内就诊率", Kind.SHARE, Better.HIGHER);
        add("referrals_up", "referrals up", "上转人次", Kind.COUNT, Better.NEITHER);
        add("referrals_down", "referrals down", "下转人次", Kind.COUNT, Better.NEITHER);
        add("wait_consult_mean_h", "mean consult wait", "预约后平均等待时间", Kind.HOURS, Better.LOWER);
        add("wait_consult_p90_h", "90th percentile consult wait", "等待时间第90百分位", Kind.HOURS, Better.LOWER);
        add("wait_consult_referred_mean_h", "mean consult wait, referred patients", "转诊患者平均等待时间", Kind.HOURS, Better.LOWER);
        add("wait_consult_self_mean_h", "mean consult wait, self-presenting patients", "自行就诊患者平均等待时间", Kind.HOURS, Better.LOWER);
        add("wait_referral_mean_h", "mean referral-to-consult wait", "转诊接诊平均等待时间", Kind.HOURS, Better.LOWER);
        add("wait_admission_mean_h", "mean wait for a bed", "平均待床时间", Kind.HOURS, Better.LOWER);
        add("admissions", "admissions", "入院人次", Kind.COUNT, Better.NEITHER);
        add("admissions_diverted_share", "admissions diverted (no bed)", "因无床转走的入院比例", Kind.SHARE, Better.LOWER);
        add("outpatient_utilization", "outpatient doctor utilisation", "门诊医师利用率", Kind.SHARE, Better.NEITHER);
        add("slot_utilization", "slot utilisation", "号源使用率", Kind.SHARE, Better.NEITHER);
        add("slot_utilization_reserved", "reserved slot utilisation", "预留号源使用率", Kind.SHARE, Better.NEITHER);
        add("slot_utilization_general", "general slot utilisation", "普通号源使用率", Kind.SHARE, Better.NEITHER);
        add("bed_occupancy", "bed occupancy", "病床使用率", Kind.SHARE, Better.NEITHER);
        add("length_of_stay_mean_h", "mean length of stay", "平均住院日", Kind.HOURS, Better.NEITHER);
        add("visits_per_doctor_day", "visits per doctor-day", "医师日均担负诊疗人次", Kind.RATE, Better.NEITHER);
        add("unserved", "unserved needs", "未获服务的需求", Kind.COUNT, Better.LOWER);
        add("consult_queue_mean", "mean consult queue length", "平均候诊人数", Kind.NUMBER, Better.LOWER);
        add("beds_occupied_mean", "mean occupied beds", "平均占用床位数", Kind.NUMBER, Better.NEITHER);
    }

    /** The network indicators a decision-maker reads first, in the order tables show them. */
    public static final List<String> HEADLINE = List.of(
            "visits", "primary_visit_share", "bypass_rate", "in_grid_rate", "referrals_up", "referrals_down",
            "admissions", "wait_consult_mean_h", "wait_consult_p90_h", "wait_consult_referred_mean_h", "wait_consult_self_mean_h",
            "wait_referral_mean_h", "wait_admission_mean_h", "admissions_diverted_share", "outpatient_utilization",
            "slot_utilization_reserved", "slot_utilization_general", "bed_occupancy", "length_of_stay_mean_h",
            "visits_per_doctor_day", "unserved");

    /** The metrics a sweep draws against its lever. */
    public static final List<String> SWEEP_CHARTED = List.of(
            "wait_consult_mean_h", "wait_consult_referred_mean_h", "wait_consult_self_mean_h", "primary_visit_share",
            "outpatient_utilization", "bed_occupancy", "slot_utilization_reserved", "unserved");

    private static void add(String name, String english, String chinese, Kind kind, Better better) {
        INFO.put(name, new MetricInfo(name, english, chinese, kind, better));
    }

    /**
     * The metric's description; an unknown metric (the model may add more) gets its own name as label,
     * no Chinese name, a plain number and no judgement.
     */
    public static MetricInfo info(String metric) {
        MetricInfo i = INFO.get(metric);
        if (i != null) return i;
        Kind kind = metric.endsWith("_h") ? Kind.HOURS : Kind.NUMBER;
        return new MetricInfo(metric, metric.replace('_', ' '), "", kind, Better.NEITHER);
    }

    /** Which direction of change is better for this metric. */
    public static Better better(String metric) { return info(metric).better(); }

    /** A value as shown: "12.3 h", "61.2 %", "12,345"; "–" when undefined. */
    public static String format(String metric, double value) {
        MetricInfo i = info(metric);
        if (!Double.isFinite(value)) return "–";
        String unit = i.kind().unit();
        return number(i, i.display(value), false) + (unit.isEmpty() ? "" : (unit.equals("%") ? " %" : " " + unit));
    }

    /** A difference as shown, always signed: "−3.1 h", "+2.0 pp". */
    public static String formatDiff(String metric, double diff) {
        MetricInfo i = info(metric);
        if (!Double.isFinite(diff)) return "–";
        String unit = i.kind().diffUnit();
        return number(i, i.display(diff), true) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A number alone (no unit), e.g. for interval bounds. */
    public static String formatNumber(String metric, double value, boolean signed) {
        MetricInfo i = info(metric);
        return Double.isFinite(value) ? number(i, i.display(value), signed) : "–";
    }

    private static String number(MetricInfo i, double shown, boolean signed) {
        String s;
        double a = Math.abs(shown);
        if (i.kind() == Kind.COUNT && a >= 100) s = String.format(Locale.ROOT, "%,.0f", shown);
        else if (a >= 100) s = String.format(Locale.ROOT, "%,.0f", shown);
        else if (a >= 10) s = String.format(Locale.ROOT, "%.1f", shown);
        else if (a >= 0.1 || shown == 0) s = String.format(Locale.ROOT, "%.2f", shown);
        else s = String.format(Locale.ROOT, "%.2g", shown);
        if (s.startsWith("-")) s = "\u2212" + s.substring(1); // typographic minus
        else if (signed && shown > 0) s = "+" + s;
        if (s.equals("\u22120.00")) s = "0.00";
        return s;
    }
}

package org.tiercare.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The metric registry: every indicator tiercare writes, defined once. An entry gives the name in the CSV
 * files (a contract: never renamed, only added), its kind, unit and better direction, whether it is a
 * headline indicator (console table, report, verdicts) and whether a sweep charts it, and its name and
 * one-line definition in Chinese (the planners' term where one exists) and English.
 *
 * <p>To add a metric: add an entry here, then one line in {@code model.Measures#indicators} that puts
 * its value. The console, summary, report, charts and {@code tiercare metrics} pick it up from here.
 * Entries are in the order tables show them: headline indicators first.
 */
public enum Metric {
    VISITS("visits", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, Show.HEADLINE,
            "诊疗人次", "visits", "完成的门诊诊疗人次", "completed outpatient consults"),
    PRIMARY_VISIT_SHARE("primary_visit_share", Kind.SHARE, Unit.FRACTION, Better.HIGHER, Show.HEADLINE | Show.SWEEP,
            "基层诊疗量占比", "primary visit share", "基层机构（社区、乡镇、村）诊疗人次占全部诊疗人次的比例",
            "share of consults at primary tiers (community, township, village)"),
    BYPASS_RATE("bypass_rate", Kind.SHARE, Unit.FRACTION, Better.LOWER, Show.HEADLINE,
            "越级就诊率", "bypass rate", "非急诊首诊中未经转诊直接到医院就诊的比例",
            "share of non-emergency first contacts made at a hospital without referral"),
    IN_GRID_RATE("in_grid_rate", Kind.SHARE, Unit.FRACTION, Better.HIGHER, Show.HEADLINE,
            "网格内就诊率", "in-grid consult rate", "网格内居民的诊疗中在本网格机构完成的比例",
            "share of consults (of residents of a gridded zone) made in the patient's own grid"),
    REFERRALS_UP("referrals_up", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, Show.HEADLINE,
            "上转人次", "referrals up", "向上级机构转诊的人次（计在转出机构）", "referrals sent up (counted at the sending facility)"),
    REFERRALS_DOWN("referrals_down", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, Show.HEADLINE,
            "下转人次", "referrals down", "向下级机构转诊的人次（计在转出机构）", "referrals sent down (counted at the sending facility)"),
    ADMISSIONS("admissions", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, Show.HEADLINE,
            "入院人次", "admissions", "获得床位入院的人次", "patients admitted to a bed"),
    WAIT_CONSULT_MEAN_H("wait_consult_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "预约后平均等待时间", "mean consult wait", "从挂号（到诊或预约）到开始诊疗的平均等待时间",
            "mean time from request (arrival for walk-in, booking for appointment) to consult start"),
    WAIT_CONSULT_P90_H("wait_consult_p90_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE,
            "等待时间第90百分位", "90th-percentile consult wait", "从挂号到开始诊疗的等待时间的第90百分位数",
            "90th percentile of the time from request to consult start"),
    WAIT_CONSULT_REFERRED_MEAN_H("wait_consult_referred_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "转诊患者平均等待时间", "mean consult wait of referred patients", "经基层转诊患者从挂号到开始诊疗的平均等待时间",
            "mean time from request to consult start of patients referred by another facility"),
    WAIT_CONSULT_SELF_MEAN_H("wait_consult_self_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "自行就诊患者平均等待时间", "mean consult wait of self-presenting patients", "自行就诊患者从挂号到开始诊疗的平均等待时间",
            "mean time from request to consult start of self-presenting patients"),
    WAIT_REFERRAL_MEAN_H("wait_referral_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE,
            "转诊接诊平均等待时间", "mean referral-to-consult wait", "从转诊决定到在接收机构开始诊疗的平均时间（含预约与路途）",
            "mean time from referral decision to consult start at the receiving facility (booking and travel included)"),
    WAIT_ADMISSION_MEAN_H("wait_admission_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE,
            "平均待床时间", "mean wait for a bed", "从决定入院到获得床位的平均时间", "mean time from admission decision to bed"),
    WAIT_ADMISSION_REFERRED_MEAN_H("wait_admission_referred_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "转诊患者平均待床时间", "mean wait for a bed of referred patients", "经转诊入院患者从决定入院到获得床位的平均时间",
            "mean time from admission decision to bed of patients who came through a referral"),
    WAIT_ADMISSION_SELF_MEAN_H("wait_admission_self_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "自行就诊患者平均待床时间", "mean wait for a bed of self-presenting patients", "自行就诊入院患者从决定入院到获得床位的平均时间",
            "mean time from admission decision to bed of self-presenting patients"),
    ADMISSIONS_DIVERTED_SHARE("admissions_diverted_share", Kind.SHARE, Unit.FRACTION, Better.LOWER, Show.HEADLINE,
            "因无床转走的入院比例", "admissions diverted (no bed)", "因无可用床位而被转走的入院申请比例",
            "share of admission requests turned away because no eligible bed was free"),
    OUTPATIENT_UTILIZATION("outpatient_utilization", Kind.SHARE, Unit.FRACTION, Better.NEITHER, Show.HEADLINE | Show.SWEEP,
            "门诊医师利用率", "outpatient doctor utilisation", "医师忙碌时间占出诊时间的比例", "busy doctor time / doctor time on duty"),
    SLOT_UTILIZATION_RESERVED("slot_utilization_reserved", Kind.SHARE, Unit.FRACTION, Better.NEITHER, Show.HEADLINE | Show.SWEEP,
            "预留号源使用率", "reserved slot utilisation", "为基层转诊预留的号源中被使用的比例", "reserved appointment slots used / offered"),
    SLOT_UTILIZATION_GENERAL("slot_utilization_general", Kind.SHARE, Unit.FRACTION, Better.NEITHER, Show.HEADLINE,
            "普通号源使用率", "general slot utilisation", "普通号源中被使用的比例", "general appointment slots used / offered"),
    BED_OCCUPANCY("bed_occupancy", Kind.SHARE, Unit.FRACTION, Better.NEITHER, Show.HEADLINE | Show.SWEEP,
            "病床使用率", "bed occupancy", "时间平均占用床位数与床位数之比", "time-average occupied beds / beds"),
    LENGTH_OF_STAY_MEAN_H("length_of_stay_mean_h", Kind.TIME, Unit.HOURS, Better.NEITHER, Show.HEADLINE,
            "平均住院日", "mean length of stay", "已出院患者的平均住院时间", "mean length of completed stays", Unit.DAYS),
    VISITS_PER_DOCTOR_DAY("visits_per_doctor_day", Kind.RATE, Unit.VISITS_PER_DOCTOR_DAY, Better.NEITHER, Show.HEADLINE,
            "医师日均担负诊疗人次", "visits per doctor-day", "每名医师每个出诊日完成的诊疗人次", "consults per doctor per open day"),
    UNSERVED("unserved", Kind.COUNT, Unit.PATIENTS, Better.LOWER, Show.HEADLINE | Show.SWEEP,
            "未获服务的需求", "unserved needs", "因无号可约或无床可住而流失的就医需求",
            "needs that found no slot or bed and were lost"),

    OUTPATIENT_REQUESTS("outpatient_requests", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "门诊就诊需求人次", "outpatient requests", "门诊就诊需求（到诊挂号与预约）人次", "requests for a consult (walk-in arrivals and bookings)"),
    WAIT_CONSULT_P50_H("wait_consult_p50_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "等待时间中位数", "median consult wait", "从挂号到开始诊疗的等待时间的中位数", "median time from request to consult start"),
    WAIT_CONSULT_P95_H("wait_consult_p95_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "等待时间第95百分位", "95th-percentile consult wait", "从挂号到开始诊疗的等待时间的第95百分位数",
            "95th percentile of the time from request to consult start"),
    CONSULT_QUEUE_MEAN("consult_queue_mean", Kind.LEVEL, Unit.PATIENTS, Better.LOWER, 0,
            "平均候诊人数", "mean consult queue length", "时间平均的候诊人数", "time-average number of patients waiting for a doctor"),
    SLOTS_OFFERED("slots_offered", Kind.COUNT, Unit.SLOTS, Better.NEITHER, 0,
            "号源投放量", "slots offered", "开放预约的号源数", "appointment slots offered"),
    SLOT_UTILIZATION("slot_utilization", Kind.SHARE, Unit.FRACTION, Better.NEITHER, 0,
            "号源使用率", "slot utilisation", "号源中被使用的比例（预留与普通合计）", "appointment slots used / offered, both pools"),
    NO_SLOT("no_slot", Kind.COUNT, Unit.PATIENTS, Better.LOWER, 0,
            "无号可约人次", "booking attempts without a slot", "在预约期内找不到号源的预约尝试",
            "booking attempts that found no slot within the booking horizon"),
    ADMISSION_REQUESTS("admission_requests", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "入院申请人次", "admission requests", "需要床位的人次", "patients asking for a bed"),
    ADMISSION_WAITED_SHARE("admission_waited_share", Kind.SHARE, Unit.FRACTION, Better.LOWER, 0,
            "需等待床位的入院比例", "admissions that waited for a bed", "入院患者中未能在决定入院时立即获得床位的比例",
            "share of admitted patients who found no eligible bed free and waited for one"),
    ADMISSIONS_DIVERTED_ONWARD("admissions_diverted_onward", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "满床转往他院人次", "diverted onward (sent)", "因无床被本机构转往下一家医院（而非流失）的入院申请（计在转出机构）",
            "admission requests turned away for want of a bed and sent on to the next hospital rather than lost (counted where they were turned away)"),
    ADMISSIONS_RECEIVED_ONWARD("admissions_received_onward", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "接收他院满床转来人次", "diverted onward (received)", "他院满床后转来本机构的入院申请（计在接收机构）",
            "admission requests that arrived here sent on by a full ward elsewhere (counted where they arrived)"),
    ADMISSIONS_DIVERTED_ONWARD_SHARE("admissions_diverted_onward_share", Kind.SHARE, Unit.FRACTION, Better.NEITHER, 0,
            "满床转往他院比例", "admissions diverted onward", "入院申请中因无床被转往下一家医院的比例",
            "share of admission requests turned away for want of a bed and sent on to the next hospital"),
    ADMISSIONS_DIVERTED_LOST_SHARE("admissions_diverted_lost_share", Kind.SHARE, Unit.FRACTION, Better.LOWER, 0,
            "满床流失比例", "admissions diverted and lost", "入院申请中因无床被转走且已无处可去（计入未获服务）的比例",
            "share of admission requests turned away for want of a bed with no onward option left (counted as unserved)"),
    WAIT_ADMISSION_P50_H("wait_admission_p50_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "待床时间中位数", "median wait for a bed", "入院患者从决定入院到获得床位的时间的中位数（未等待者计为0）",
            "median time from admission decision to bed of admitted patients (those who did not wait count as 0)"),
    WAIT_ADMISSION_P90_H("wait_admission_p90_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "待床时间第90百分位", "90th-percentile wait for a bed", "入院患者从决定入院到获得床位的时间的第90百分位数",
            "90th percentile of the time from admission decision to bed of admitted patients"),
    ADMISSION_QUEUE_MEAN("admission_queue_mean", Kind.LEVEL, Unit.PATIENTS, Better.LOWER, 0,
            "平均待床人数", "mean admission queue length", "时间平均的待床人数", "time-average number of patients waiting for a bed"),
    BEDS_OCCUPIED_MEAN("beds_occupied_mean", Kind.LEVEL, Unit.BEDS, Better.NEITHER, 0,
            "平均占用床位数", "mean occupied beds", "时间平均的占用床位数", "time-average occupied beds"),
    EMERGENCY_VISITS("emergency_visits", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "急诊人次", "emergency visits", "到急诊科就诊的人次", "patients arriving at an emergency department"),
    TELECONSULTATIONS("teleconsultations", Kind.COUNT, Unit.EVENTS, Better.NEITHER, 0,
            "远程会诊", "teleconsultations", "基层发起的远程会诊次数", "remote consults requested by primary care"),
    TELECONSULTATION_RESOLVED_SHARE("teleconsultation_resolved_share", Kind.SHARE, Unit.FRACTION, Better.HIGHER, 0,
            "远程会诊解决率", "teleconsultations resolved", "远程会诊后无需实际转诊的比例",
            "share of teleconsultations resolved without a physical referral"),
    DIAGNOSTIC_TESTS("diagnostic_tests", Kind.COUNT, Unit.EVENTS, Better.NEITHER, 0,
            "共享中心检查检验人次", "shared-centre tests", "转诊前在共享检查检验中心完成的检查", "tests at the shared centre before a referral"),
    REPEAT_TESTS("repeat_tests", Kind.COUNT, Unit.EVENTS, Better.LOWER, 0,
            "重复检查人次", "repeated tests", "接收医院重复进行的检查", "tests repeated at the receiving hospital"),
    REPEAT_TESTS_AVOIDED("repeat_tests_avoided", Kind.COUNT, Unit.EVENTS, Better.HIGHER, 0,
            "检查检验结果互认", "repeat tests avoided", "因检查检验结果互认而免于重复的检查",
            "tests not repeated at the receiving hospital thanks to mutual recognition"),
    OUTREACH_SESSIONS("outreach_sessions", Kind.COUNT, Unit.EVENTS, Better.NEITHER, 0,
            "派驻专家坐诊次数", "outreach sessions", "上级医院专家在基层机构坐诊的次数（计在派出医院）",
            "specialist sessions held at clinics (counted at the hospital)"),
    OUTREACH_TRAVEL_H("outreach_travel_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "派驻专家路途时间", "outreach travel time", "派驻专家往返路途所花的时间（计在派出医院）",
            "specialists' travel time (counted at the hospital)"),
    QUEUED_AT_END("queued_at_end", Kind.COUNT, Unit.PATIENTS, Better.LOWER, 0,
            "运行结束时仍在排队的人数", "still queued at the end", "运行结束时仍在候诊或待床队列中的患者（不含预约了以后号源的患者）",
            "patients still waiting for a doctor or a bed when the run ends (not those booked for a later slot)"),

    // Money (with a scenario's money section): accounting on the events above, in yuan over the measured period.
    SPEND_TOTAL("spend_total", Kind.MONEY, Unit.YUAN, Better.NEITHER, 0,
            "医疗总费用", "total spend", "测量期内发生的门诊、急诊、住院、检查、远程会诊和派驻专家费用合计（计在提供服务的机构）",
            "cost of the consults, emergency visits, stays, tests, teleconsultations and outreach of the measured period (at the facility providing them)"),
    SPEND_INSURANCE("spend_insurance", Kind.MONEY, Unit.YUAN, Better.NEITHER, Show.SWEEP,
            "医保报销费用", "insurance share of spend", "医疗总费用中按报销比例由医保承担的部分（派驻专家费用全部由医保承担）",
            "part of total spend insurance reimburses at its rates (outreach wholly)"),
    SPEND_OUT_OF_POCKET("spend_out_of_pocket", Kind.MONEY, Unit.YUAN, Better.LOWER, 0,
            "个人自付费用", "out-of-pocket spend", "医疗总费用中由患者自付的部分", "part of total spend patients pay themselves"),
    SPEND_PER_RESIDENT("spend_per_resident", Kind.MONEY, Unit.YUAN, Better.NEITHER, Show.SWEEP,
            "人均年医疗费用", "spend per resident-year", "常住居民的医疗总费用折合每人每年（网格：该网格居民无论在何处发生的门诊、急诊和住院费用）",
            "total spend per resident per year (grid: its residents' consults, emergency visits and stays wherever they happen)"),
    SPEND_PER_VISIT("spend_per_visit", Kind.MONEY, Unit.YUAN, Better.NEITHER, 0,
            "次均门诊费用", "spend per visit", "门诊诊疗费用除以诊疗人次", "cost of consults / consults"),
    SPEND_PER_ADMISSION("spend_per_admission", Kind.MONEY, Unit.YUAN, Better.NEITHER, 0,
            "次均住院费用", "spend per stay", "测量期内出院患者的住院费用除以出院人次", "cost of the stays ended in the measured period / those stays"),
    FUND_OUTLAY("fund_outlay", Kind.MONEY, Unit.YUAN, Better.NEITHER, 0,
            "医保基金支出", "insurance fund outlay", "医保基金实际支付：按项目付费为报销费用；打包付费为各医共体预算加网格外的报销；按病组付费以病组支付额代替住院费用",
            "what the fund pays out: the insurance share under fee for service; the groups' budgets plus claims outside them under a global budget; the fixed stay payments in place of the stays' cost under per-admission payment"),
    BUDGET_BALANCE("budget_balance", Kind.MONEY, Unit.YUAN, Better.HIGHER, Show.SIGNED,
            "医共体医保结余", "medical group budget balance", "医共体的预算（按人头）减去其居民门诊、急诊和住院费用中医保承担的部分（正为结余留用，负为超支分担）；按项目付费时为打包付费若采用该预算的测算结余",
            "the group's per-capita budget minus the insurance share of its residents' consults, emergency visits and stays (positive: surplus kept; negative: overspend shared); under fee for service, the balance a global budget of that size would leave (a benchmark)"),
    PROVIDER_BALANCE("provider_balance", Kind.MONEY, Unit.YUAN, Better.NEITHER, Show.SIGNED,
            "按病组付费结余", "per-admission payment balance", "按病组付费下住院的病组支付额减去住院费用（正为机构结余，负为亏损）",
            "under per-admission payment: the fixed payments for hospital stays minus their cost (positive: the hospital gains)"),

    // Population groups (with a scenario's groups section): network and group scopes only.
    NEEDS("needs", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "新发就诊需求", "new care needs", "测量期内居民新发的就诊需求（不含固定到达流和随访复诊）",
            "care needs arising among the residents in the measured period (not fixed arrival streams, not follow-ups)"),
    CONTRACTED_SHARE("contracted_share", Kind.SHARE, Unit.FRACTION, Better.HIGHER, 0,
            "签约服务覆盖率", "contracted share", "非急诊新发需求中，患者与家庭医生签约（按签约率抽取）的比例",
            "share of non-emergency new needs whose patient has a family-doctor contract (as drawn from the contract coverage)"),
    // Emergency departments that queue (facilities[].emergency_department), diagnostics modalities, pooled slots.
    WAIT_EMERGENCY_MEAN_H("wait_emergency_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "急诊平均候诊时间", "mean emergency wait", "急诊患者从到达急诊科到开始急诊诊疗的平均等待时间",
            "mean time from arrival at an emergency department to the start of the emergency consult"),
    WAIT_EMERGENCY_P90_H("wait_emergency_p90_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "急诊候诊时间第90百分位", "90th-percentile emergency wait", "急诊患者从到达到开始急诊诊疗的等待时间的第90百分位数",
            "90th percentile of the time from arrival at an emergency department to the start of the emergency consult"),
    WAIT_EMERGENCY_TRIAGE1_MEAN_H("wait_emergency_triage1_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "一级（最危重）急诊患者平均候诊时间", "mean emergency wait at triage level 1", "分诊为一级（最紧急）的急诊患者从到达到开始诊疗的平均等待时间",
            "mean time from arrival to the emergency consult of patients triaged at level 1 (most urgent)"),
    EMERGENCY_UTILIZATION("emergency_utilization", Kind.SHARE, Unit.FRACTION, Better.NEITHER, 0,
            "急诊医师利用率", "emergency doctor utilisation", "急诊医师忙碌时间占值班时间的比例", "busy emergency doctor time / emergency doctor time on duty"),
    POOLED_SLOTS_USED("pooled_slots_used", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "跨医共体号源池预约人次", "pooled slots used", "其他医共体转诊患者预约本院号源池的人次（计在接收医院）",
            "bookings of this hospital's pooled slots by referrals from other groups' facilities (counted at the hospital)"),
    WAIT_TEST_MEAN_H("wait_test_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "检查检验平均排队时间", "mean wait for a test", "分项目的共享检查检验中心中，转诊患者到达后等待检查设备的平均时间（计在转出机构）",
            "mean wait for a test station at a shared centre with modalities, from arrival to the test (counted at the referring facility)"),
    // Specialty alliances (专科联盟).
    ALLIANCE_REFERRALS("alliance_referrals", Kind.COUNT, Unit.PATIENTS, Better.NEITHER, 0,
            "专科联盟转诊人次", "alliance referrals", "成员机构经专科联盟直接转往牵头医院的人次（计在转出机构）",
            "cases a member sent straight to a specialty alliance's lead (counted at the sending facility)"),
    WAIT_ALLIANCE_REFERRAL_MEAN_H("wait_alliance_referral_mean_h", Kind.TIME, Unit.HOURS, Better.LOWER, 0,
            "专科联盟转诊平均等待时间", "mean alliance referral wait", "从专科联盟转诊决定到在牵头医院科室开始诊疗的平均时间（含预约与路途，计在牵头医院）",
            "mean time from an alliance referral decision to consult start at the lead's department (booking and travel included; counted at the lead)");

    private static final Map<String, Metric> BY_NAME = new HashMap<>();

    static {
        for (Metric m : values()) BY_NAME.put(m.csvName, m);
    }

    private final String csvName;
    private final Kind kind;
    private final Unit unit;
    private final Better better;
    private final int show;
    private final String nameZh;
    private final String nameEn;
    private final String definitionZh;
    private final String definitionEn;
    private final Unit displayUnit;

    Metric(String csvName, Kind kind, Unit unit, Better better, int show, String nameZh, String nameEn,
           String definitionZh, String definitionEn) {
        this(csvName, kind, unit, better, show, nameZh, nameEn, definitionZh, definitionEn, unit);
    }

    Metric(String csvName, Kind kind, Unit unit, Better better, int show, String nameZh, String nameEn,
           String definitionZh, String definitionEn, Unit displayUnit) {
        if (displayUnit != unit && !(unit == Unit.HOURS && displayUnit == Unit.DAYS)) {
            throw new IllegalArgumentException(csvName + ": cannot show " + unit + " as " + displayUnit);
        }
        this.displayUnit = displayUnit;
        this.csvName = csvName;
        this.kind = kind;
        this.unit = unit;
        this.better = better;
        this.show = show;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.definitionZh = definitionZh;
        this.definitionEn = definitionEn;
    }

    /** The name in summary.csv and every other file (a contract). */
    public String csvName() { return csvName; }

    public Kind kind() { return kind; }

    public Unit unit() { return unit; }

    public Better better() { return better; }

    /**
     * The unit readers see the values in (report, console, charts): the file unit, except for times planners
     * count in days (平均住院日), which are shown in {@link Unit#DAYS}. Files keep {@link #unit()}.
     */
    public Unit displayUnit() { return displayUnit; }

    /** A value (or difference) in the file unit converted to the {@link #displayUnit()}; shares stay fractions. */
    public double toDisplayUnit(double value) {
        return displayUnit == Unit.DAYS ? value / Unit.HOURS_PER_DAY : value;
    }

    /**
     * Whether values can never be negative, so that an interval's lower bound below 0 is an artefact of a
     * symmetric interval over too few replications: true for every kind tiercare has (counts, shares, times,
     * levels, rates, money) except balances. Differences between variants are signed and do not count.
     */
    public boolean nonNegative() {
        if ((show & Show.SIGNED) != 0) return false;
        return switch (kind) {
            case COUNT, SHARE, TIME, LEVEL, RATE, MONEY -> true;
        };
    }

    /** A headline indicator: the console table, the report's first table and the verdict lines speak of it. */
    public boolean headline() { return (show & Show.HEADLINE) != 0; }


    /** The name readers see: the planners' Chinese term, or the English label. */
    public String label(Locale locale) { return isChinese(locale) ? nameZh : nameEn; }

    /** The one-line definition in the reader's language. */
    public String definition(Locale locale) { return isChinese(locale) ? definitionZh : definitionEn; }

    /** The metric written under this CSV name, if it is registered. */
    public static Optional<Metric> byName(String csvName) { return Optional.ofNullable(BY_NAME.get(csvName)); }

    /** Headline indicators in table order. */
    public static List<Metric> headlines() { return select(Show.HEADLINE); }

    /** The metrics a sweep charts, in table order. */
    public static List<Metric> sweepCharts() { return select(Show.SWEEP); }

    /** Chinese for any {@code zh} locale; English otherwise. */
    public static boolean isChinese(Locale locale) { return "zh".equals(locale.getLanguage()); }

    /** Where a metric is shown, as bit flags (enum constants cannot use the enum's own static fields). */
    private static final class Show {
        static final int HEADLINE = 1;
        static final int SWEEP = 2;
        /** Values may be negative (balances): an interval below 0 is real, not an artefact. */
        static final int SIGNED = 4;
    }

    private static List<Metric> select(int flag) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : values()) if ((m.show & flag) != 0) out.add(m);
        return Collections.unmodifiableList(out);
    }
}

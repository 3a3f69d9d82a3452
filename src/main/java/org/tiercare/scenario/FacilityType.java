package org.tiercare.scenario;

/**
 * What kind of facility it is, beside its tier ({@code facilities[].type}): a general hospital or clinic, a
 * hospital of traditional Chinese medicine (中医医院), a maternal and child health hospital (妇幼保健院), a
 * rehabilitation or nursing institution, or a specialist hospital. Conditions may prefer facilities of some types
 * ({@link ConditionSpec#facilityTypes}); {@link PolicySpec#crossGridTypes} lets facilities of some types serve any
 * grid's patients (2023 notice: 康复、护理、妇幼等机构可以跨网格提供服务).
 */
public enum FacilityType {
    GENERAL("general"), TCM("tcm"), MCH("mch"), REHABILITATION("rehabilitation"), NURSING("nursing"),
    SPECIALIST("specialist");

    public final String yamlName;

    FacilityType(String yamlName) { this.yamlName = yamlName; }
}

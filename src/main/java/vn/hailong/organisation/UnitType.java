package vn.hailong.organisation;

/** Kinds of unit after the 2025 two-level reform (domain.md §6): no district level. */
public enum UnitType {
    PROVINCE,
    PROVINCIAL_DEPARTMENT,
    SERVICE_CENTRE_PROVINCE,
    SERVICE_CENTRE_COMMUNE,
    COMMUNE,
    WARD,
    SPECIAL_ZONE,
    RECEPTION_POINT
}

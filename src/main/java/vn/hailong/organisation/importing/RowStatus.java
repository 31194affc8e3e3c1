package vn.hailong.organisation.importing;

public enum RowStatus {
    CREATED,
    UPDATED,
    UNCHANGED,
    ERROR
}

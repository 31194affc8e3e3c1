package vn.hailong.feedback;

/** Why a rating was kept aside for review instead of counted. */
public enum FlagReason {
    /** the served citizen's transaction already has a rating */
    DUPLICATE_TRANSACTION,
    /** the kiosk's previous rating was too recent (minimum interval) */
    TOO_FAST,
    /** the kiosk exceeded its burst cap */
    BURST
}

package vn.hailong.feedback;

/** Why a rating was kept aside for review instead of counted. */
public enum FlagReason {
    /** the served citizen's transaction already has a rating */
    DUPLICATE_TRANSACTION,
    /** the kiosk's previous rating was too recent (minimum interval, on the server-bounded counted time) */
    TOO_FAST,
    /** the kiosk exceeded its burst cap */
    BURST,
    /** a late rating claims a time when the centre was closed (working calendar and office hours) */
    OUTSIDE_OFFICE_HOURS,
    /**
     * a late rating claims a time when the server was hearing from the kiosk, or the kiosk had been back in touch
     * long before the rating arrived: a rating really made then would have arrived then
     */
    KIOSK_WAS_ONLINE,
    /** a late rating claims a time longer ago than a kiosk plausibly stays offline */
    LONG_DELAYED,
    /** the dossier it names already has a counted rating: one rating per dossier, whichever channel (issue 11 §8) */
    DOSSIER_ALREADY_RATED
}

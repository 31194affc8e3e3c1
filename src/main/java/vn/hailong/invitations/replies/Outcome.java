package vn.hailong.invitations.replies;

/** What an inbound message did. */
public enum Outcome {
    /** a rating of the sender's last invited dossier */
    RATED,
    /** a rating, but no dossier invited this number lately: nothing to rate */
    NO_DOSSIER,
    /** a complaint, answered with its tracking code */
    COMPLAINT_FILED,
    /** STOP/HUY: the number is on the opt-out list */
    OPTED_OUT,
    /** HELP or not understood: the help text */
    HELP,
    /** understood, but refused by the rules of the rating or complaint it asked for */
    REFUSED,
    /** from a number that is not a Vietnamese mobile: not answered */
    UNKNOWN_SENDER
}

package vn.hailong.sms;

/**
 * What an SMS is for: each purpose has one template (table sms_templates, admin page). The first six go out through
 * the outbox; the REPLY_ ones answer an inbound message (TwiML, or the outbox when the answer is deferred).
 */
public enum SmsPurpose {
    /** after a returned dossier: rate us by replying 1-5 or on the link */
    INVITATION,
    /** a complaint was filed: its tracking code */
    COMPLAINT_RECEIPT,
    /** the handler asks the citizen for more information */
    INFORMATION_REQUEST,
    /** the answer to a complaint is published */
    ANSWER_PUBLISHED,
    /** a dossier will be late: apology and the new return date (Decree 118/2025 Art. 19(6)) */
    APOLOGY,
    /** to a manager: a complaint was escalated to the unit */
    ESCALATION,
    /** reply to a rating by SMS */
    REPLY_THANKS,
    /** reply to a complaint by SMS: its tracking code */
    REPLY_COMPLAINT,
    /** reply to STOP/HUY */
    REPLY_STOPPED,
    /** reply to HELP and to anything not understood */
    REPLY_HELP,
    /** reply to a rating from a number with no recent invitation: nothing to rate */
    REPLY_NO_DOSSIER
}

package vn.hailong.invitations.replies;

/** How the answer went out: in the webhook's TwiML, queued in the SMS outbox, or not at all. */
public enum ReplyVia { TWIML, OUTBOX, NONE }

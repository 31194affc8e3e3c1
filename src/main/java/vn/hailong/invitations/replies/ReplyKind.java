package vn.hailong.invitations.replies;

import vn.hailong.sms.SmsPurpose;

/**
 * The answers to a citizen's reply, each sent as one SMS template ({@link #purpose()}) when it goes through the
 * outbox. NO_DOSSIER (a rating from a number with no recent invitation) has no template of its own: through the
 * outbox it is the help text.
 */
public enum ReplyKind {
    THANKS(SmsPurpose.REPLY_THANKS),
    COMPLAINT(SmsPurpose.REPLY_COMPLAINT),
    STOPPED(SmsPurpose.REPLY_STOPPED),
    HELP(SmsPurpose.REPLY_HELP),
    NO_DOSSIER(SmsPurpose.REPLY_HELP);

    private final SmsPurpose purpose;

    ReplyKind(SmsPurpose purpose) {
        this.purpose = purpose;
    }

    public SmsPurpose purpose() {
        return purpose;
    }
}

package vn.hailong.invitations.replies;

import vn.hailong.sms.SmsPurpose;

/**
 * The answers to a citizen's reply, each the SMS template of its {@link #purpose()}, in TwiML or through the outbox.
 */
public enum ReplyKind {
    THANKS(SmsPurpose.REPLY_THANKS),
    COMPLAINT(SmsPurpose.REPLY_COMPLAINT),
    STOPPED(SmsPurpose.REPLY_STOPPED),
    HELP(SmsPurpose.REPLY_HELP),
    NO_DOSSIER(SmsPurpose.REPLY_NO_DOSSIER);

    private final SmsPurpose purpose;

    ReplyKind(SmsPurpose purpose) {
        this.purpose = purpose;
    }

    public SmsPurpose purpose() {
        return purpose;
    }
}

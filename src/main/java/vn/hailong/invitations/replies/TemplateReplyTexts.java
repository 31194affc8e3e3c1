package vn.hailong.invitations.replies;

import jakarta.inject.Singleton;
import vn.hailong.sms.SmsTemplates;

import java.util.Map;

/** Answers in the words of the SMS templates, the same text whether it goes back in TwiML or through the outbox. */
@Singleton
class TemplateReplyTexts implements ReplyTexts {

    private final SmsTemplates templates;

    TemplateReplyTexts(SmsTemplates templates) {
        this.templates = templates;
    }

    @Override
    public String text(ReplyKind kind, Map<String, String> params) {
        return templates.render(kind.purpose(), params);
    }
}

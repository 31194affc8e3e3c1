package vn.hailong.invitations.replies;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;

/**
 * Answers from the {@code smsreplies} bundle ({@code smsreplies.reply.<KIND>}, placeholders {@code {code}},
 * {@code {score}}): always Vietnamese, unaccented, one GSM-7 segment (ReplyTextsTest checks each). Secondary, so that
 * an implementation reading the SMS templates replaces it without touching the callers.
 */
@Singleton
@Secondary
class BundleReplyTexts implements ReplyTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    BundleReplyTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String text(ReplyKind kind, Map<String, String> params) {
        String key = "smsreplies.reply." + kind.name();
        return messages.getMessage(key, VIETNAMESE, Map.<String, Object>copyOf(params))
                .orElseThrow(() -> new IllegalStateException(key + " missing"));
    }
}

package vn.hailong.invitations.replies;

import java.util.Map;

/**
 * The words of an answer to a citizen's reply, for TwiML. The default ({@link BundleReplyTexts}) takes them from the
 * {@code smsreplies} bundle; the SMS templates (admin-edited, per {@link ReplyKind#purpose()}) may take its place.
 *
 * @see ReplyKind
 */
public interface ReplyTexts {

    /**
     * @param params the placeholders: {@code code} (a complaint's tracking code), {@code score} (a rating's score)
     * @return unaccented text within one GSM-7 segment
     */
    String text(ReplyKind kind, Map<String, String> params);
}

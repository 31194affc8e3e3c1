package vn.hailong.invitations.replies;

import java.util.Map;

/**
 * The words of an answer to a citizen's reply: the SMS template of the answer's {@link ReplyKind#purpose()}
 * (admin-edited, checked to fit one GSM-7 segment when saved).
 *
 * @see ReplyKind
 */
public interface ReplyTexts {

    /**
     * @param params the placeholders: {@code tracking} (a complaint's tracking code), {@code score} (a rating's score)
     * @return unaccented text within one GSM-7 segment
     */
    String text(ReplyKind kind, Map<String, String> params);
}

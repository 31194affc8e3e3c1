package vn.hailong.invitations.replies;

import java.util.Map;

/**
 * What processing an inbound message did, and the answer it owes.
 *
 * @param reply  the answer, or null for none
 * @param params the answer's placeholders ({@link ReplyTexts})
 */
public record Handled(Outcome outcome, ReplyKind reply, Map<String, String> params, String dossierCode, Long unitId,
               Long ratingId, String trackingCode) {

    public Handled {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static Handled only(Outcome outcome, ReplyKind reply) {
        return new Handled(outcome, reply, Map.of(), null, null, null, null);
    }
}

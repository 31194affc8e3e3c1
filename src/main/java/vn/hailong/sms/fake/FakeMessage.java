package vn.hailong.sms.fake;

import java.time.Instant;

/**
 * One message the fake Twilio holds: sent by the service ({@code outbound-api}), or from a citizen ({@code inbound}),
 * or the fake's TwiML reply to one ({@code outbound-reply}).
 */
public record FakeMessage(String sid, String direction, String from, String to, String messagingServiceSid,
                          String body, String status, Instant dateCreated, Instant dateSent, String statusCallback,
                          Integer errorCode, String errorMessage) {

    public boolean inbound() {
        return "inbound".equals(direction);
    }

    FakeMessage withStatus(String newStatus, Instant sent, Integer code, String message) {
        return new FakeMessage(sid, direction, from, to, messagingServiceSid, body, newStatus, dateCreated,
                dateSent == null ? sent : dateSent, statusCallback, code, message);
    }
}

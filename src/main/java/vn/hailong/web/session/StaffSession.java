package vn.hailong.web.session;

import java.time.Instant;

/**
 * A signed-in staff user's session as stored: the hash of its cookie id, whose it is, the credential version it was
 * signed in with (a password reset or deactivation raises it and so ends the session) and its CSRF token.
 */
public record StaffSession(String idHash, long userId, int credentialVersion, String csrfToken, Instant createdAt,
                           Instant lastSeenAt) {
}

package vn.hailong.web.session;

import java.time.Instant;
import java.util.Optional;

/** Where staff sessions and the key for signed cookies are kept (the database, seen by every node). */
public interface SessionStore {

    void insert(StaffSession session);

    /** The session, if it is still alive: seen after {@code idleSince} and created after {@code createdSince}. */
    Optional<StaffSession> findAlive(String idHash, Instant idleSince, Instant createdSince);

    void touch(String idHash, Instant now);

    void delete(String idHash);

    void updateCredentialVersion(String idHash, int version);

    /** Keeps the user's {@code keep} most recently used sessions and deletes the rest. */
    void keepNewest(long userId, int keep);

    /** Deletes ended sessions; returns how many. */
    int purge(Instant idleSince, Instant createdSince);

    /**
     * The server's key for signed cookies and form tokens, the same on every node: created once (randomly) and kept
     * in {@code app_settings}.
     */
    byte[] signingKey();
}

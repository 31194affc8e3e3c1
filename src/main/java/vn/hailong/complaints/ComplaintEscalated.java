package vn.hailong.complaints;

import java.time.Instant;

/**
 * A case whose step stayed open past its breach by the configured time went one level up the unit tree, from
 * {@code fromUnitId} to its parent {@code toUnitId}; published inside the transaction that recorded the ESCALATE
 * event (see {@link ComplaintOverdue} for the SMS outbox that is meant to listen).
 */
public record ComplaintEscalated(long complaintId, String trackingCode, ComplaintKind kind, String step,
                                 long fromUnitId, long toUnitId, int escalationLevel, Instant at) {
}

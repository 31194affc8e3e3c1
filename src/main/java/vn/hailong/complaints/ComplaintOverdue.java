package vn.hailong.complaints;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A step of a case reached its warning point ({@code breached} false) or its due time ({@code breached} true),
 * published inside the transaction that recorded the WARN or BREACH event. For the unit manager's message: the SMS
 * feature's outbox (not built yet) is meant to listen with {@code @TransactionalEventListener} and queue a message to
 * the managers of {@code handlingUnitId}. No citizen identity is carried.
 *
 * @param step the step's name (ACCEPT, ANSWER, PUBLISH)
 */
public record ComplaintOverdue(long complaintId, String trackingCode, ComplaintKind kind, String step,
                               boolean breached, @Nullable Long handlingUnitId, @Nullable Long assigneeUserId,
                               Instant dueAt, Instant at) {
}

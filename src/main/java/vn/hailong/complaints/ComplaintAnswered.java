package vn.hailong.complaints;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A complaint's answer was given and published to the citizen (ANSWER), inside the transaction that recorded it;
 * {@code answerNumber} is 1 for the first answer, one more after each reopening.
 */
public record ComplaintAnswered(long complaintId, String trackingCode, @Nullable Long handlingUnitId,
                                int answerNumber, Instant at) {
}

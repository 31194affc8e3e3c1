package vn.hailong.complaints;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A handler asked the citizen for more information (REQUEST_INFO), published inside the transaction that recorded
 * it; {@code requestNumber} counts the case's requests (1 for the first), so that each request is told once.
 */
public record ComplaintInformationRequested(long complaintId, String trackingCode, @Nullable Long handlingUnitId,
                                            int requestNumber, Instant at) {
}

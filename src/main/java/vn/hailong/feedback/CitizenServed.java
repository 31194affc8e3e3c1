package vn.hailong.feedback;

import java.time.LocalDate;

/**
 * A citizen was served at a counter (the officer's "next citizen", or the queue software): the denominator of the
 * response rate. Published inside the transaction that records it.
 */
public record CitizenServed(long transactionId, long unitId, long counterId, LocalDate localDate) {
}

package vn.hailong.feedback;

/** The stored rating's id; {@code created} is false when an earlier submission with the same key is returned. */
public record RatingReceipt(String id, boolean created, boolean flagged) {
}

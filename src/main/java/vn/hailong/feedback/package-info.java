/**
 * Ratings: intake (idempotent, validated, bound to the served citizen or held to the kiosk limits), counter
 * transactions, review of flagged ratings, bulk history.
 * <p>
 * What happens after a rating is not intake's business: {@link vn.hailong.feedback.RatingWriter} publishes a
 * {@link vn.hailong.feedback.RatingRecorded} inside the transaction that stores the rating. A feature reacts with an
 * {@code @EventListener} (runs in that transaction: what it writes commits or rolls back with the rating, so nothing
 * is lost or counted twice; the right place for rollups and for writing an outbox row that a job later turns into
 * an SMS) or a {@code @TransactionalEventListener} (after commit only; never for anything that must survive a crash).
 * A rolled-back intake has published nothing that any after-commit listener sees.
 */
package vn.hailong.feedback;

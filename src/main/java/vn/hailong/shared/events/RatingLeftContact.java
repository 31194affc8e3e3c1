package vn.hailong.shared.events;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;

/**
 * A rating was stored that left a way to reach the citizen: a phone number, or the wish to be contacted. Published
 * by feedback inside the transaction that stores the rating (beside its own {@code RatingRecorded}), in the shared
 * kernel so that complaints, which may not depend on feedback, can open a follow-up case for an unhappy citizen
 * (issue 9 §10) without feedback knowing about complaints. It states a fact about the rating and decides nothing:
 * which scores deserve a follow-up is the listener's policy. The phone is a {@link PhoneNumber}, whose
 * {@code toString} is masked; it is not stored with the rating.
 *
 * @param channel   the rating's channel name (KIOSK, COUNTER, SMS, WEB, IMPORT)
 * @param flagged   the rating is held for review (a second rating of one served citizen, a kiosk over its limits)
 * @param phone     null when none was left
 */
public record RatingLeftContact(long ratingId, long unitId, String channel, int score, boolean flagged,
                                PhoneNumber phone, boolean contactRequested, Long counterId, Long officerId,
                                Long procedureId, String dossierCode, String comment, Instant submittedAt) {
}

package vn.hailong.complaints.followup;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.organisation.Directory;
import vn.hailong.shared.events.RatingLeftContact;
import vn.hailong.shared.time.ClockFactory;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * No unhappy citizen left unheard (issue 9 §10): a rating at or below the configured score that left a phone number
 * or asked to be contacted opens a follow-up case, kind PHAN_ANH, on the rating's channel, about the rating's unit,
 * counter, officer and procedure, linked to the rating ({@code Origin.ratingId}); intake routes it and starts its own
 * clocks from the deadline policies like any complaint.
 * <p>
 * Heard as {@link RatingLeftContact}, an event of the shared kernel that feedback publishes (complaints may not
 * depend on feedback): inside the rating's transaction, so the rating and its follow-up commit or roll back
 * together and neither is lost. Idempotent: the follow-up is filed under the key {@code rating:<id>} in HaiLong's own
 * scope, so hearing the event twice files one case. Not for flagged ratings (held for review as a possible flood or a
 * second rating of one citizen) nor for imported history.
 */
@Singleton
class RatingFollowUps {

    static final String FILER = "rating-follow-up";
    private static final Set<String> CHANNELS = Set.of("KIOSK", "COUNTER", "SMS", "WEB");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int MAX_COMMENT = 3000;

    private final ComplaintIntake intake;
    private final Directory directory;
    private final FollowUpSettings settings;

    RatingFollowUps(ComplaintIntake intake, Directory directory, FollowUpSettings settings) {
        this.intake = intake;
        this.directory = directory;
        this.settings = settings;
    }

    @EventListener
    void on(RatingLeftContact rating) {
        followUp(rating);
    }

    /** The follow-up filed (or filed before) for this rating, or empty when the rating does not call for one. */
    Optional<ComplaintIntake.Filed> followUp(RatingLeftContact r) {
        if (!settings.isEnabled() || r.flagged() || r.score() > settings.getMaxScore()
                || !CHANNELS.contains(r.channel()) || (r.phone() == null && !r.contactRequested())) {
            return Optional.empty();
        }
        String unitCode = directory.unitById(r.unitId()).map(u -> u.code()).orElse(null);
        String counterCode = r.counterId() == null ? null
                : directory.counterById(r.counterId()).map(c -> c.code()).orElse(null);
        String officerCode = r.officerId() == null ? null
                : directory.officerById(r.officerId()).map(o -> o.code()).orElse(null);
        String procedureCode = r.procedureId() == null ? null
                : directory.procedureById(r.procedureId()).map(p -> p.code()).orElse(null);
        ComplaintIntake.Submission s = new ComplaintIntake.Submission("PHAN_ANH", text(r), unitCode, null,
                r.phone() == null ? null : r.phone().e164(), r.dossierCode(), r.channel(), null, null, null,
                r.contactRequested(), officerCode, counterCode, procedureCode);
        return Optional.of(intake.fileForHaiLong(FILER, "rating:" + r.ratingId(), s,
                new ComplaintIntake.Origin(r.ratingId(), null, null)));
    }

    /** What the handler reads: the case is the citizen's dissatisfaction, to be heard and answered. */
    static String text(RatingLeftContact r) {
        StringBuilder t = new StringBuilder("Theo dõi đánh giá không hài lòng: người dân chấm ").append(r.score())
                .append("/5 lúc ").append(WHEN.format(r.submittedAt().atZone(ClockFactory.VIETNAM)));
        t.append(r.contactRequested() ? " và đề nghị được liên hệ lại." : " và để lại số điện thoại.");
        if (r.comment() != null && !r.comment().isBlank()) {
            String c = r.comment().strip();
            t.append(" Ý kiến của người dân: \"").append(c.length() > MAX_COMMENT ? c.substring(0, MAX_COMMENT) + "…" : c)
                    .append("\"");
        }
        return t.toString();
    }
}

package vn.hailong.invitations;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierReturned;
import vn.hailong.dossiers.Dossiers;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsOutbox;
import vn.hailong.sms.SmsPurpose;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * One rating invitation per returned dossier (issue 11 item 5). On {@link DossierReturned}, inside the feed's
 * transaction, a dossier with a phone that has not opted out and was returned recently gets its invitation and one
 * queued SMS (the outbox applies the send window and the daily cap). The unique dossier key of the invitation and
 * the outbox's dedupe key make repeats, and two feeds at once, write one of each.
 */
@Singleton
public class DossierInvitations {

    /** The path of a dossier's rating page; the token follows. */
    public static final String PAGE = "/danh-gia/";

    private final InvitationStore store;
    private final SmsOutbox outbox;
    private final OptOuts optOuts;
    private final Directory directory;
    /** Looked up when first needed: the dossiers feature provides it. */
    private final BeanProvider<Dossiers> dossiers;
    private final InvitationSettings settings;
    private final TimeOrderedIds ids;
    private final Clock clock;
    private final InvitationTokens tokens = new InvitationTokens();
    private final String publicBaseUrl;

    DossierInvitations(InvitationStore store, SmsOutbox outbox, OptOuts optOuts, Directory directory,
                       BeanProvider<Dossiers> dossiers, InvitationSettings settings, TimeOrderedIds ids, Clock clock,
                       @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.store = store;
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.directory = directory;
        this.dossiers = dossiers;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @EventListener
    @Transactional
    void onReturned(DossierReturned returned) {
        PhoneNumber phone = returned.phone();
        if (!settings.isEnabled() || phone == null
                || returned.returnedAt().isBefore(clock.instant().minus(settings.getMaxAge()))
                || optOuts.optedOut(phone)) {
            return;
        }
        Invitation invitation = newInvitation(returned.dossierId(), returned.code(), returned.unitId(),
                returned.counterId(), returned.officerId(), returned.procedureId());
        if (!store.insertIfAbsent(invitation, phone)) {
            return;
        }
        String unit = directory.unitById(returned.unitId()).map(Unit::name).map(UnitShortNames::of).orElse("");
        outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, phone, Map.of("code", returned.code(),
                "link", link(invitation.token()), "unit", unit), "invitation:" + returned.dossierId(),
                returned.unitId()));
    }

    /**
     * The invitation of a returned dossier found by its code and the last four digits of the citizen's phone (the
     * page without a link): the one sent, or a new one without an SMS when none was (opted out, returned long ago,
     * invitations off). Empty for an unknown code, wrong digits, a dossier without a phone or not yet returned.
     */
    @Transactional
    public Optional<Invitation> byCodeAndDigits(String code, String lastFour) {
        // dossier codes are ASCII: the column's collation would also match accented or full-width look-alikes,
        // each of which would get a miss allowance of its own on the per-code limit
        if (code == null || !code.strip().matches("[A-Za-z0-9._\\-]{1,64}") || lastFour == null
                || !lastFour.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        Optional<Dossier> found = dossiers.get().byCode(code.strip())
                .filter(d -> d.returned() && d.phone() != null && d.phone().lastFour().equals(lastFour.strip()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Dossier d = found.get();
        Optional<Invitation> existing = store.byDossier(d.id());
        if (existing.isPresent()) {
            return existing;
        }
        store.insertIfAbsent(newInvitation(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                d.procedureId()), d.phone());
        return store.byDossier(d.id());
    }

    /** The full link of an invitation's page, as the SMS carries it. */
    public String link(String token) {
        return publicBaseUrl + PAGE + token;
    }

    private Invitation newInvitation(long dossierId, String code, long unitId, Long counterId, Long officerId,
                                     long procedureId) {
        return new Invitation(ids.next(), dossierId, code, unitId, counterId, officerId, procedureId, tokens.next(),
                clock.instant(), null, null);
    }
}

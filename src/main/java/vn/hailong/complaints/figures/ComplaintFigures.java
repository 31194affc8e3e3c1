package vn.hailong.complaints.figures;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The complaint figures of a unit subtree over an inclusive range of local dates (Asia/Ho_Chi_Minh), computed from
 * the event log ({@link FigureCalculation}); what the metrics feature shows beside the satisfaction figures.
 * A case belongs to the unit that holds it now (after transfers and escalations) and to the period of its first
 * receipt, so that each case is counted once. Overdue means overdue at the injected clock's now.
 */
@Singleton
public class ComplaintFigures {

    private static final String CHANNELS = "KIOSK|COUNTER|SMS|WEB|PHONE|EMAIL|IMPORT|PAPER|RECEPTION";

    private final Directory directory;
    private final UnitScope scope;
    private final ComplaintFigureStore store;
    private final Clock clock;

    ComplaintFigures(Directory directory, UnitScope scope, ComplaintFigureStore store, Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param kind    a complaint kind (PHAN_ANH, KIEN_NGHI, KHIEU_NAI, TO_CAO or its prefix), or null for all
     * @param channel a channel (KIOSK, WEB, …), or null for all
     * @throws RuleViolation 404 for a unit unknown or outside the actor's subtree, 400 for a bad period, kind or channel
     */
    public Figures of(Actor actor, String unitCode, LocalDate from, LocalDate to, @Nullable String kind,
                      @Nullable String channel) {
        if (from.isAfter(to)) {
            throw RuleViolation.invalid("from", "feedback.error.period");
        }
        ComplaintKind k = kind == null || kind.isBlank() ? null : ComplaintKind.parse(kind).orElseThrow(() ->
                RuleViolation.invalid("complaintKind", "complaints.error.kind", kind));
        String ch = channel == null || channel.isBlank() ? null : channel.strip().toUpperCase(Locale.ROOT);
        if (ch != null && !ch.matches(CHANNELS)) {
            throw RuleViolation.invalid("complaintChannel", "complaints.error.channel", channel);
        }
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        scope.requireVisible(actor, unit.id(), unitCode);
        return FigureCalculation.of(store.facts(unit.path(), from.atStartOfDay(ClockFactory.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant(), k, ch), clock.instant());
    }
}

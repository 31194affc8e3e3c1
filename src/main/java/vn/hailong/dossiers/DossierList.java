package vn.hailong.dossiers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.paging.PageWindow;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The staff list of dossiers (admins and managers, their unit subtree) with search, and one dossier's details. */
@Singleton
public class DossierList {

    /** What a user searched for; every part optional. */
    public record Search(String code, String unitCode, String procedure, DossierState state, LocalDate from,
                         LocalDate to) {
    }

    /** A dossier as the list shows it, with its state and whether it is late at the moment the list was made. */
    public record Row(DossierListing.Listed listed, DossierState state, boolean late) {
        public Dossier dossier() {
            return listed.dossier();
        }
    }

    public record Page(List<Row> rows, long total, int page, int totalPages) {
    }

    private final DossierListing listing;
    private final Directory directory;
    private final UnitScope scope;
    private final Clock clock;

    DossierList(DossierListing listing, Directory directory, UnitScope scope, Clock clock) {
        this.listing = listing;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    /** @throws RuleViolation 400 for dates the wrong way round or a unit unknown or outside the user's subtree */
    @Transactional(readOnly = true)
    public Page list(Actor actor, Search s, int page, int size) {
        String prefix = scope.subtreePrefix(actor);
        RuleViolation.Builder problems = RuleViolation.builder();
        if (s.unitCode() != null && !s.unitCode().isBlank()) {
            Unit unit = directory.unitByCode(s.unitCode().strip()).filter(u -> scope.covers(actor, u.id())).orElse(null);
            if (unit == null) {
                problems.invalid("donVi", "dossiers.list.error.unit", s.unitCode());
            } else {
                prefix = unit.path();
            }
        }
        if (s.from() != null && s.to() != null && s.from().isAfter(s.to())) {
            problems.invalid("den", "dossiers.list.error.period");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        DossierListing.Filter filter = new DossierListing.Filter(prefix, text(s.code()), text(s.procedure()),
                s.state(), s.from() == null ? null : s.from().atStartOfDay(ClockFactory.VIETNAM).toInstant(),
                s.to() == null ? null : s.to().plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant(), now);
        PageWindow window = PageWindow.of(page, size, listing.count(filter));
        List<Row> rows = listing.page(filter, size, window.intOffset()).stream().map(l -> row(l, now)).toList();
        return new Page(rows, window.total(), window.page(), window.totalPages());
    }

    /** @throws RuleViolation 404 for a code unknown or of a unit outside the user's subtree */
    @Transactional(readOnly = true)
    public Row detail(Actor actor, String code) {
        DossierListing.Listed listed = listing.byCode(code)
                .filter(l -> scope.covers(actor, l.dossier().unitId()))
                .orElseThrow(() -> RuleViolation.notFound("dossiers.error.notFound", code));
        return row(listed, clock.instant());
    }

    private static Row row(DossierListing.Listed l, Instant now) {
        return new Row(l, DossierState.of(l.dossier(), now), DossierState.late(l.dossier(), now));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

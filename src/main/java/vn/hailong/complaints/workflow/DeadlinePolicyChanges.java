package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Changing a deadline policy from a date: a successor row in force from that day (today or later) and the old row
 * ending the day before. A step already running keeps the row it started with (stored with the step); steps that
 * start from that day on take the new one. The policies are the province's: only an admin of the whole province
 * changes them.
 */
@Singleton
public class DeadlinePolicyChanges {

    public static final int MAX_AMOUNT = 400;
    public static final int MAX_EXTENSIONS = 5;
    public static final int MAX_BASIS = 255;
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The new values as typed. */
    public record Draft(@Nullable String effectiveFrom, @Nullable String amount, @Nullable String unit,
                        @Nullable String maxExtensions, @Nullable String extensionAmount,
                        @Nullable String extensionUnit, @Nullable String warnAtPercent,
                        @Nullable String legalBasis) {
    }

    private final DeadlinePolicies policies;
    private final Directory directory;
    private final UnitScope scope;
    private final Clock clock;

    DeadlinePolicyChanges(DeadlinePolicies policies, Directory directory, UnitScope scope, Clock clock) {
        this.policies = policies;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    public List<DeadlinePolicy> all() {
        return policies.all();
    }

    public DeadlinePolicy find(long id) {
        return policies.byId(id).orElseThrow(() -> RuleViolation.notFound("routing.error.policy.notFound", id));
    }

    public boolean editableBy(Actor actor) {
        return directory.roots().stream().anyMatch(root -> scope.covers(actor, root.id()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
    }

    /** Whether this row may get a successor: it is open-ended (the latest of its line). */
    public static boolean changeable(DeadlinePolicy p) {
        return p.effectiveTo() == null;
    }

    /** Stores the successor and ends the old row the day before; returns the new row. */
    @Transactional
    public DeadlinePolicy changeFrom(Actor actor, long id, Draft d) {
        if (!editableBy(actor)) {
            throw RuleViolation.forbidden("routing.error.policy.provinceOnly");
        }
        DeadlinePolicy old = find(id);
        if (!changeable(old)) {
            throw RuleViolation.conflict("form", "routing.error.policy.superseded", SHOWN.format(old.effectiveTo()));
        }
        RuleViolation.Builder v = RuleViolation.builder();
        LocalDate from = v.check(() -> date(d.effectiveFrom()));
        if (from != null && from.isBefore(today())) {
            v.invalid("effectiveFrom", "routing.error.policy.from.past", SHOWN.format(today()));
        } else if (from != null && !from.isAfter(old.effectiveFrom())) {
            v.invalid("effectiveFrom", "routing.error.policy.from.afterOld", SHOWN.format(old.effectiveFrom()));
        }
        Integer amount = v.check(() -> whole("amount", d.amount(), 1, MAX_AMOUNT, true));
        DeadlineUnit unit = v.check(() -> unit("unit", d.unit(), true));
        Integer maxExt = v.check(() -> whole("maxExtensions", d.maxExtensions(), 0, MAX_EXTENSIONS, false));
        Integer extAmount = v.check(() -> whole("extensionAmount", d.extensionAmount(), 0, MAX_AMOUNT, false));
        DeadlineUnit extUnit = v.check(() -> unit("extensionUnit", d.extensionUnit(), false));
        Integer warn = v.check(() -> whole("warnAtPercent", d.warnAtPercent(), 1, 99, true));
        int extensions = maxExt == null ? 0 : maxExt;
        if (extensions > 0 && (extAmount == null || extAmount == 0) && !v.has("extensionAmount")) {
            v.invalid("extensionAmount", "routing.error.policy.extension.amount");
        }
        if (extensions > 0 && extUnit == null && !v.has("extensionUnit")) {
            v.invalid("extensionUnit", "routing.error.policy.extension.unit");
        }
        if (extensions == 0 && extAmount != null && extAmount > 0 && !v.has("maxExtensions")) {
            v.invalid("maxExtensions", "routing.error.policy.extension.count");
        }
        String basis = d.legalBasis() == null ? "" : d.legalBasis().strip();
        if (basis.isEmpty()) {
            v.invalid("legalBasis", "routing.error.policy.basis.required");
        } else if (basis.length() > MAX_BASIS) {
            v.invalid("legalBasis", "routing.error.name.tooLong", MAX_BASIS);
        }
        v.throwIfAny();
        DeadlinePolicy successor = new DeadlinePolicy(null, old.caseType(), old.urgency(), old.remoteArea(), old.step(),
                old.countedFrom(), amount, unit, extensions, extensions == 0 ? 0 : extAmount,
                extensions == 0 ? null : extUnit, warn, basis, from, null);
        if (!policies.endOn(old.id(), from.minusDays(1))) {
            // another admin replaced this row meanwhile: one successor only
            throw RuleViolation.conflict("form", "routing.error.policy.superseded", SHOWN.format(from.minusDays(1)));
        }
        long newId = policies.insert(successor, actor.name());
        return find(newId);
    }

    private static LocalDate date(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            throw RuleViolation.invalid("effectiveFrom", "routing.error.policy.from.required");
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("effectiveFrom", "routing.error.policy.from.format");
        }
    }

    private static Integer whole(String field, @Nullable String typed, int min, int max, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw RuleViolation.invalid(field, "routing.error.policy.number.required");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n < min || n > max) {
                throw RuleViolation.invalid(field, "routing.error.policy.number.range", min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(field, "routing.error.policy.number.range", min, max);
        }
    }

    private static DeadlineUnit unit(String field, @Nullable String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw RuleViolation.invalid(field, "routing.error.policy.unit");
            }
            return null;
        }
        try {
            return DeadlineUnit.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(field, "routing.error.policy.unit");
        }
    }
}

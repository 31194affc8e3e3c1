package vn.hailong.access.users;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.errors.RuleViolation.Kind;
import vn.hailong.shared.paging.PageWindow;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.sql.LikePatterns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The admin use cases for staff accounts. Only ADMINs manage accounts, and only within their unit subtree
 * ({@link UnitScope}): an account outside it is "not found", a unit outside it cannot be given.
 */
@Singleton
public class ManagingUsers {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final java.util.Set<UnitType> OFFICER_UNITS = java.util.EnumSet.of(UnitType.SERVICE_CENTRE_PROVINCE,
            UnitType.SERVICE_CENTRE_COMMUNE, UnitType.RECEPTION_POINT);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** One page of accounts with the unit each belongs to. */
    public record UserPage(List<Listed> users, long total, int page, int size) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** An account as the list shows it. */
    public record Listed(User user, String unitCode, String unitName) {
    }

    private final Users users;
    private final PasswordHashing hashing;
    private final UnitScope scope;
    private final Directory directory;
    private final Clock clock;

    ManagingUsers(Users users, PasswordHashing hashing, UnitScope scope, Directory directory, Clock clock) {
        this.users = users;
        this.hashing = hashing;
        this.scope = scope;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public UserPage search(Actor actor, String term, int page, int size) {
        requireAdmin(actor);
        String prefix = scope.subtreePrefix(actor);
        String t = LikePatterns.escape(term == null ? "" : term.strip());
        PageWindow window = PageWindow.of(page, size, users.countInSubtree(prefix, t));
        List<Listed> rows = users.searchInSubtree(prefix, t, size, window.intOffset()).stream()
                .map(u -> directory.unitById(u.unitId())
                        .map(unit -> new Listed(u, unit.code(), unit.name()))
                        .orElse(new Listed(u, "", "")))
                .toList();
        return new UserPage(rows, window.total(), window.page(), size);
    }

    @Transactional
    public Listed find(Actor actor, long id) {
        requireAdmin(actor);
        User user = visible(actor, id);
        Unit unit = directory.unitById(user.unitId()).orElseThrow();
        return new Listed(user, unit.code(), unit.name());
    }

    @Transactional
    public User create(Actor actor, UserDraft draft) {
        requireAdmin(actor);
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        RuleViolation.Builder problems = RuleViolation.builder();
        if (!USERNAME.matcher(username).matches()) {
            problems.invalid("username", "access.users.error.username.format");
        }
        String fullName = problems.check(() -> requireFullName(draft.fullName()));
        Role role = problems.check(() -> requireRole(draft.role()));
        Unit unit = problems.check(() -> writableUnit(actor, draft.unitCode()));
        if (role != null && unit != null) {
            problems.check(() -> requireCentreForOfficer(role, unit));
        }
        String password = draft.password() == null ? "" : draft.password();
        problems.check(() -> requirePassword(password));
        if (!problems.has("username") && users.existsByUsername(username)) {
            problems.conflict("username", "access.users.error.username.taken", username);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return users.save(new User(null, username, fullName, hashing.hash(password), role, unit.id(), true, now, now,
                null));
    }

    @Transactional
    public User update(Actor actor, long id, UserDraft draft) {
        requireAdmin(actor);
        User current = visible(actor, id);
        RuleViolation.Builder problems = RuleViolation.builder();
        String fullName = problems.check(() -> requireFullName(draft.fullName()));
        Role role = problems.check(() -> requireRole(draft.role()));
        Unit unit = problems.check(() -> writableUnit(actor, draft.unitCode()));
        if (role != null && unit != null) {
            problems.check(() -> requireCentreForOfficer(role, unit));
        }
        problems.throwIfAny();
        if (current.id() == actor.id() && actor.kind() == Actor.Kind.USER
                && (role != current.role() || unit.id() != current.unitId())) {
            throw RuleViolation.invalid("role", "access.users.error.self");
        }
        return users.update(current.withDetails(fullName, role, unit.id(), current.active(), clock.instant()));
    }

    @Transactional
    public User setActive(Actor actor, long id, boolean active) {
        requireAdmin(actor);
        User current = visible(actor, id);
        if (!active && current.id() == actor.id() && actor.kind() == Actor.Kind.USER) {
            throw RuleViolation.invalid("active", "access.users.error.self");
        }
        User saved = users.update(current.withDetails(current.fullName(), current.role(), current.unitId(), active,
                clock.instant()));
        if (!active) {
            // ends the user's sessions for good: reactivating the account does not bring them back
            users.raiseCredentialVersion(saved.id());
        }
        return saved;
    }

    /**
     * Sets a new random password and returns it, to be shown to the admin once. Every session of the user ends
     * (whoever knew the old password is out); an admin resetting their own keeps the session it was done from.
     */
    @Transactional
    public String resetPassword(Actor actor, long id) {
        requireAdmin(actor);
        User current = visible(actor, id);
        String password = PasswordHashing.randomPassword(14);
        users.update(current.withPasswordHash(hashing.hash(password), clock.instant()));
        users.raiseCredentialVersion(current.id());
        return password;
    }

    private User visible(Actor actor, long id) {
        return users.findById(id).filter(u -> scope.covers(actor, u.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("access.users.error.notFound"));
    }

    private Unit writableUnit(Actor actor, String unitCode) {
        Unit unit = unitCode == null || unitCode.isBlank() ? null
                : directory.unitByCode(unitCode.strip()).orElse(null);
        if (unit == null) {
            throw RuleViolation.invalid("unitCode", "access.users.error.unit.unknown");
        }
        if (!scope.covers(actor, unit.id())) {
            throw RuleViolation.invalid("unitCode", "access.users.error.unit.outside");
        }
        return unit;
    }

    /**
     * A one-stop officer works at the counters of one service centre or reception point, and sees only those: the
     * account belongs to that unit, never to a commune or the province above it (issue 7.4).
     */
    private static void requireCentreForOfficer(Role role, Unit unit) {
        if (role == Role.OFFICER && !OFFICER_UNITS.contains(unit.type())) {
            throw RuleViolation.invalid("unitCode", "access.users.error.officerUnit");
        }
    }

    private static String requireFullName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 255) {
            throw RuleViolation.invalid("fullName", "access.users.error.fullName");
        }
        return name;
    }

    private static Role requireRole(Role role) {
        if (role == null || !role.isStaffRole()) {
            throw RuleViolation.invalid("role", "access.users.error.role");
        }
        return role;
    }

    private static void requirePassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw RuleViolation.invalid("password", "access.users.error.password");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw RuleViolation.forbidden("access.users.error.forbidden");
        }
    }
}

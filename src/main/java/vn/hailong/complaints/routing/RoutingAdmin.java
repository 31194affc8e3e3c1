package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Admins keep the routing rules of their unit subtree: a rule belongs to its subtree root (no root = anywhere, which
 * only an admin of the whole province may write) and sends cases to a unit in the admin's subtree. There is at most
 * one active default rule, and it belongs to the province.
 */
@Singleton
public class RoutingAdmin {

    public static final int MAX_NAME = 200;
    public static final int MAX_KEYWORDS = 1000;
    public static final int MAX_PRIORITY = 9999;

    /** A rule as an admin writes it: codes for the unit, sector and team, the priority as typed. */
    public record Draft(@Nullable String name, @Nullable String priority, @Nullable String kind,
                        @Nullable String sectorCode, @Nullable String subtreeUnitCode, @Nullable String keywords,
                        @Nullable String handlingUnitCode, @Nullable String teamCode, boolean isDefault) {
    }

    private final RoutingRules rules;
    private final HandlingTeams teams;
    private final Directory directory;
    private final UnitScope scope;

    RoutingAdmin(RoutingRules rules, HandlingTeams teams, Directory directory, UnitScope scope) {
        this.rules = rules;
        this.teams = teams;
        this.directory = directory;
        this.scope = scope;
    }

    /** The rules the admin keeps, in priority order. */
    public List<RoutingRule> list(Actor actor) {
        return rules.all().stream().filter(r -> keeps(actor, r)).toList();
    }

    /** One rule the admin keeps; another is not found. */
    public RoutingRule find(Actor actor, long id) {
        return rules.byId(id).filter(r -> keeps(actor, r))
                .orElseThrow(() -> RuleViolation.notFound("routing.error.rule.notFound", id));
    }

    /** Whether the admin writes rules for the whole province (no subtree, the default rule). */
    public boolean keepsProvince(Actor actor) {
        return directory.roots().stream().anyMatch(root -> scope.covers(actor, root.id()));
    }

    @Transactional
    public RoutingRule create(Actor actor, Draft draft) {
        RoutingRule rule = checked(actor, null, draft, true);
        return rules.insert(rule);
    }

    @Transactional
    public RoutingRule update(Actor actor, long id, Draft draft) {
        RoutingRule current = find(actor, id);
        RoutingRule rule = checked(actor, current.id(), draft, current.active());
        rules.update(rule);
        return rule;
    }

    @Transactional
    public RoutingRule setActive(Actor actor, long id, boolean active) {
        RoutingRule r = find(actor, id);
        if (active && r.isDefault()) {
            requireSingleDefault(r.id(), "form");
        }
        RoutingRule changed = new RoutingRule(r.id(), r.name(), r.priority(), r.kind(), r.sectorId(), r.subtreeUnitId(),
                r.keywords(), r.handlingUnitId(), r.teamId(), r.isDefault(), active);
        rules.update(changed);
        return changed;
    }

    private boolean keeps(Actor actor, RoutingRule r) {
        boolean root = r.subtreeUnitId() == null ? keepsProvince(actor) : scope.covers(actor, r.subtreeUnitId());
        return root && (r.handlingUnitId() == null || scope.covers(actor, r.handlingUnitId()));
    }

    private RoutingRule checked(Actor actor, @Nullable Long id, Draft d, boolean active) {
        RuleViolation.Builder v = RuleViolation.builder();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            v.invalid("name", "routing.error.name.required");
        } else if (name.length() > MAX_NAME) {
            v.invalid("name", "routing.error.name.tooLong", MAX_NAME);
        }
        Integer priority = v.check(() -> priority(d.priority()));
        boolean isDefault = d.isDefault();
        ComplaintKind kind = null;
        Long sectorId = null;
        Long subtreeId = null;
        String keywords = null;
        if (isDefault) {
            if (!keepsProvince(actor)) {
                v.invalid("isDefault", "routing.error.default.provinceOnly");
            }
            if (blank(d.kind()) + blank(d.sectorCode()) + blank(d.subtreeUnitCode()) + blank(d.keywords()) < 4) {
                v.invalid("isDefault", "routing.error.default.noCriteria");
            }
            if (active) {
                v.check(() -> requireSingleDefault(id, "isDefault"));
            }
        } else {
            if (!isBlank(d.kind())) {
                kind = ComplaintKind.parse(d.kind()).orElse(null);
                if (kind == null) {
                    v.invalid("kind", "routing.error.kind", d.kind());
                }
            }
            if (!isBlank(d.sectorCode())) {
                sectorId = directory.sectorByCode(d.sectorCode().strip()).map(Sector::id).orElse(null);
                if (sectorId == null) {
                    v.invalid("sectorCode", "routing.error.sector.unknown", d.sectorCode());
                }
            }
            if (!isBlank(d.subtreeUnitCode())) {
                subtreeId = v.check(() -> unitInScope(actor, d.subtreeUnitCode(), "subtreeUnitCode"));
            } else if (!keepsProvince(actor)) {
                v.invalid("subtreeUnitCode", "routing.error.subtree.required");
            }
            if (!isBlank(d.keywords())) {
                keywords = Keywords.tidy(d.keywords());
                if (keywords.length() > MAX_KEYWORDS) {
                    v.invalid("keywords", "routing.error.keywords.tooLong", MAX_KEYWORDS);
                } else if (Keywords.split(keywords).stream().anyMatch(k -> Keywords.fold(k).length() < 2)) {
                    v.invalid("keywords", "routing.error.keywords.tooShort");
                }
            }
        }
        Long unitId = isBlank(d.handlingUnitCode()) ? null
                : v.check(() -> unitInScope(actor, d.handlingUnitCode(), "handlingUnitCode"));
        Long teamId = null;
        if (!isBlank(d.teamCode())) {
            Optional<HandlingTeams.Team> team = teams.byCode(d.teamCode().strip())
                    .filter(t -> scope.covers(actor, t.unitId()));
            if (team.isEmpty()) {
                v.invalid("teamCode", "routing.error.team.unknown", d.teamCode());
            } else if (isBlank(d.handlingUnitCode())) {
                v.invalid("teamCode", "routing.error.team.needsUnit");
            } else if (unitId != null && team.get().unitId() != unitId) {
                v.invalid("teamCode", "routing.error.team.otherUnit", team.get().name());
            } else if (!team.get().active()) {
                v.invalid("teamCode", "routing.error.team.inactive", team.get().name());
            } else {
                teamId = team.get().id();
            }
        }
        v.throwIfAny();
        return new RoutingRule(id, name, priority, kind, sectorId, subtreeId, keywords, unitId, teamId, isDefault, active);
    }

    private void requireSingleDefault(@Nullable Long id, String field) {
        if (rules.active().stream().anyMatch(r -> r.isDefault() && !r.id().equals(id))) {
            throw RuleViolation.conflict(field, "routing.error.default.exists");
        }
    }

    private static int priority(@Nullable String typed) {
        if (isBlank(typed)) {
            throw RuleViolation.invalid("priority", "routing.error.priority.required");
        }
        try {
            int p = Integer.parseInt(typed.strip());
            if (p < 1 || p > MAX_PRIORITY) {
                throw RuleViolation.invalid("priority", "routing.error.priority.range", MAX_PRIORITY);
            }
            return p;
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("priority", "routing.error.priority.range", MAX_PRIORITY);
        }
    }

    private Long unitInScope(Actor actor, String code, String field) {
        Unit unit = directory.unitByCode(code.strip())
                .filter(u -> scope.covers(actor, u.id()))
                .orElseThrow(() -> RuleViolation.invalid(field, "routing.error.unit.unknown", code));
        if (!scope.isActive(unit.id())) {
            throw RuleViolation.invalid(field, "routing.error.unit.inactive", unit.name());
        }
        return unit.id();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static int blank(String s) {
        return isBlank(s) ? 1 : 0;
    }
}

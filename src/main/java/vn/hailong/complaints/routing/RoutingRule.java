package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One routing rule: the criteria a new case must meet (each null or empty = any) and where it then goes. A null
 * {@code handlingUnitId} sends the case to the unit it is about (or the province). The default rule has no
 * criteria and applies when no other rule matches.
 */
public record RoutingRule(@Nullable Long id, String name, int priority, @Nullable ComplaintKind kind,
                          @Nullable Long sectorId, @Nullable Long subtreeUnitId, @Nullable String keywords,
                          @Nullable Long handlingUnitId, @Nullable Long teamId, boolean isDefault, boolean active) {

    /** Lower priority first, then the older rule. */
    public static final Comparator<RoutingRule> ORDER = Comparator.comparingInt(RoutingRule::priority)
            .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id());

    /** What a rule is matched against: {@code unitPath} is the path of the unit concerned ("/1/5/23/"), or null. */
    public record Subject(ComplaintKind kind, @Nullable Long sectorId, @Nullable String unitPath, String foldedText) {
    }

    public List<String> keywordList() {
        return Keywords.split(keywords);
    }

    /** Whether this (non-default, active) rule's criteria all hold for the subject. */
    public boolean matches(Subject s) {
        if (!active || isDefault) {
            return false;
        }
        if (kind != null && kind != s.kind()) {
            return false;
        }
        if (sectorId != null && !sectorId.equals(s.sectorId())) {
            return false;
        }
        if (subtreeUnitId != null && (s.unitPath() == null || !s.unitPath().contains("/" + subtreeUnitId + "/"))) {
            return false;
        }
        return Keywords.anyIn(keywordList(), s.foldedText());
    }

    /**
     * The rule that decides: the first matching rule by priority among those {@code usable} accepts (e.g. whose
     * target unit is active), else the active default rule, else none.
     */
    public static Optional<RoutingRule> decide(List<RoutingRule> rules, Subject subject,
                                               java.util.function.Predicate<RoutingRule> usable) {
        Optional<RoutingRule> hit = rules.stream().sorted(ORDER).filter(r -> r.matches(subject)).filter(usable).findFirst();
        return hit.isPresent() ? hit
                : rules.stream().sorted(ORDER).filter(r -> r.active() && r.isDefault()).filter(usable).findFirst();
    }
}

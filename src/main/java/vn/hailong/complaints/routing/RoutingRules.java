package vn.hailong.complaints.routing;

import java.util.List;
import java.util.Optional;

/** The routing rules as stored; implemented with SQL in {@code complaints.persistence}. */
public interface RoutingRules {

    /** Every rule, active or not, in priority order. */
    List<RoutingRule> all();

    /** The active rules, in priority order. */
    List<RoutingRule> active();

    Optional<RoutingRule> byId(long id);

    /** Stores a new rule; returns it with its id. */
    RoutingRule insert(RoutingRule rule);

    void update(RoutingRule rule);
}

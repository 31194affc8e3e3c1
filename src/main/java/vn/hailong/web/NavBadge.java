package vn.hailong.web;

import vn.hailong.shared.security.Actor;

/**
 * A count shown beside a navigation link (e.g. the cases overdue in a manager's subtree), contributed by the feature
 * that owns the link's page. Asked on every page for the links the user sees: keep it one indexed query.
 */
public interface NavBadge {

    /** The link it belongs to ({@link NavLink#href()}). */
    String href();

    /** What to show for this user; zero shows nothing. */
    long count(Actor actor);

    /** The words read out after the number (message key), e.g. "quá hạn". */
    String labelKey();
}

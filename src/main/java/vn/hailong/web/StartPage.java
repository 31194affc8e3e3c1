package vn.hailong.web;

import vn.hailong.shared.security.Role;

import java.util.Optional;

/**
 * Where a user lands after signing in instead of the home page with its list of links, declared by the feature that
 * owns the page (a manager's is the dashboard), so that the shell and the login do not know the features' pages.
 * {@code /} itself stays the home page for everyone.
 */
@FunctionalInterface
public interface StartPage {

    /** The path to send a user of this role to after signing in, or empty for the home page. */
    Optional<String> pathFor(Role role);

    static String of(Iterable<StartPage> pages, Role role) {
        for (StartPage page : pages) {
            Optional<String> path = page.pathFor(role);
            if (path.isPresent()) {
                return path.get();
            }
        }
        return "/";
    }
}

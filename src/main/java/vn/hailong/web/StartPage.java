package vn.hailong.web;

import vn.hailong.shared.security.Actor;

import java.util.Optional;

/**
 * Where a user lands on {@code /} instead of the list of links, declared by the feature that owns the page (a
 * manager's home page is the dashboard), so that the shell does not know the features' pages.
 */
@FunctionalInterface
public interface StartPage {

    /** The path to send the user to, or empty to leave them on the home page. */
    Optional<String> pathFor(Actor actor);
}

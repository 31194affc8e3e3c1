package vn.hailong.web;

import vn.hailong.shared.security.Actor;

import java.util.Optional;

/**
 * The full name to greet a signed-in person by ("Xin chào, Nguyễn Văn An" rather than the user name). Implemented by
 * the accounts feature, which the shell must not depend on.
 */
public interface DisplayNames {

    Optional<String> fullNameOf(Actor actor);
}

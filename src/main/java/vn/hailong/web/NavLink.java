package vn.hailong.web;

import vn.hailong.shared.security.Role;

import java.util.Set;

/**
 * One entry of the navigation. Features declare their pages as beans, e.g.
 * {@code @Singleton NavLink users() { return new NavLink(Section.ADMIN, "access.nav.users", "/quan-tri/nguoi-dung", Set.of(Role.ADMIN), 70); }},
 * so the shell never has to know them and no link points at a page that does not exist yet.
 *
 * @param section  where the link is grouped
 * @param labelKey message key of its text
 * @param href     the page's path
 * @param roles    who sees it
 * @param order    position within the section
 */
public record NavLink(Section section, String labelKey, String href, Set<Role> roles, int order) {

    /**
     * Navigation groups, in display order: DESK (at the counter: one-stop officers), HANDLING (complaints), REPORTS,
     * ADMIN. A group without links for the user's role is not shown.
     */
    public enum Section { DESK, HANDLING, REPORTS, ADMIN }

    public NavLink {
        roles = Set.copyOf(roles);
    }

    public String testId() {
        return "nav-" + href.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

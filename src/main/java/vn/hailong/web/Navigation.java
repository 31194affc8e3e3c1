package vn.hailong.web;

import jakarta.inject.Singleton;
import vn.hailong.shared.security.Actor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The links a user sees: those that features registered for the user's role, grouped by section. */
@Singleton
public class Navigation {

    /** One section with its links, as the layout shows it. */
    public record Group(NavLink.Section section, String labelKey, List<Item> items) {
    }

    /** A link with whether it is the current page. */
    public record Item(String labelKey, String href, String testId, boolean current) {
    }

    private final List<NavLink> links;

    Navigation(List<NavLink> links) {
        this.links = links.stream()
                .sorted(Comparator.comparing(NavLink::section).thenComparingInt(NavLink::order))
                .toList();
    }

    public List<Group> groupsFor(Optional<Actor> actor, String currentPath) {
        if (actor.isEmpty()) {
            return List.of();
        }
        List<NavLink> visible = linksFor(actor.get());
        return java.util.Arrays.stream(NavLink.Section.values())
                .map(section -> new Group(section, "web.nav.section." + section.name(), visible.stream()
                        .filter(l -> l.section() == section)
                        .map(l -> new Item(l.labelKey(), l.href(), l.testId(), isCurrent(l.href(), currentPath)))
                        .toList()))
                .filter(g -> !g.items().isEmpty())
                .toList();
    }

    public List<NavLink> linksFor(Actor actor) {
        return links.stream().filter(l -> l.roles().contains(actor.role())).toList();
    }

    private static boolean isCurrent(String href, String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}

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
        // the most specific link is current: on /quan-tri/nguoi-dung/5 "Users", not the admin index /quan-tri
        String current = visible.stream().map(NavLink::href).filter(href -> covers(href, currentPath))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        return java.util.Arrays.stream(NavLink.Section.values())
                .map(section -> new Group(section, "web.nav.section." + section.name(), visible.stream()
                        .filter(l -> l.section() == section)
                        .map(l -> new Item(l.labelKey(), l.href(), l.testId(), l.href().equals(current)))
                        .toList()))
                .filter(g -> !g.items().isEmpty())
                .toList();
    }

    public List<NavLink> linksFor(Actor actor) {
        return links.stream().filter(l -> l.roles().contains(actor.role())).toList();
    }

    private static boolean covers(String href, String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}

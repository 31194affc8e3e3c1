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

    /** A link with whether it is the current page, and its badge's count (null: none) with the words read after it. */
    public record Item(String labelKey, String href, String testId, boolean current,
                       @io.micronaut.core.annotation.Nullable Long badge,
                       @io.micronaut.core.annotation.Nullable String badgeLabelKey) {
    }

    private final List<NavLink> links;
    private final List<NavBadge> badges;

    Navigation(List<NavLink> links, List<NavBadge> badges) {
        this.badges = List.copyOf(badges);
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
                        .map(l -> item(l, actor.get(), current))
                        .toList()))
                .filter(g -> !g.items().isEmpty())
                .toList();
    }

    private Item item(NavLink l, Actor actor, String current) {
        NavBadge badge = badges.stream().filter(b -> b.href().equals(l.href())).findFirst().orElse(null);
        long count = badge == null ? 0 : badge.count(actor);
        return new Item(l.labelKey(), l.href(), l.testId(), l.href().equals(current), count > 0 ? count : null,
                badge == null ? null : badge.labelKey());
    }

    public List<NavLink> linksFor(Actor actor) {
        return links.stream().filter(l -> l.roles().contains(actor.role())).toList();
    }

    private static boolean covers(String href, String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}

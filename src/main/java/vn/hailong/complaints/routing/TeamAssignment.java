package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who in a team gets a new case. LEAST_OPEN: the member with the fewest open cases assigned (a tie goes to the
 * member after the last one assigned, so that equals take turns). ROUND_ROBIN: the member after the last one
 * assigned, by user id, wrapping around. Members are those who may handle cases (active, a handling role);
 * none → nobody (the case waits in the team's queue).
 */
public enum TeamAssignment {
    LEAST_OPEN, ROUND_ROBIN;

    public static Optional<TeamAssignment> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param members       the user ids of the members who may handle
     * @param openCases     open cases assigned per member (missing = none)
     * @param lastAssigned  the member who got the team's last case, or null
     */
    public Optional<Long> pick(List<Long> members, Map<Long, Long> openCases, @Nullable Long lastAssigned) {
        List<Long> turn = inTurn(members, lastAssigned);
        if (turn.isEmpty()) {
            return Optional.empty();
        }
        return switch (this) {
            case ROUND_ROBIN -> Optional.of(turn.get(0));
            case LEAST_OPEN -> turn.stream().min(Comparator.comparingLong(m -> openCases.getOrDefault(m, 0L)));
        };
    }

    /** The members by id, starting with the one after {@code lastAssigned}. */
    static List<Long> inTurn(List<Long> members, @Nullable Long lastAssigned) {
        List<Long> sorted = members.stream().distinct().sorted().toList();
        if (lastAssigned == null) {
            return sorted;
        }
        int next = 0;
        while (next < sorted.size() && sorted.get(next) <= lastAssigned) {
            next++;
        }
        return java.util.stream.Stream.concat(sorted.subList(next, sorted.size()).stream(),
                sorted.subList(0, next).stream()).toList();
    }
}

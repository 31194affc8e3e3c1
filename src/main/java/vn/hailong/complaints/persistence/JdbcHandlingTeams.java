package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
class JdbcHandlingTeams implements HandlingTeams {

    private static final String COLUMNS = "id, unit_id, code, name, assignment, active";

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcHandlingTeams(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Team> byId(long teamId) {
        return jdbc.prepareStatement("SELECT id, unit_id, code, name, assignment, active FROM handling_teams WHERE id = ?", ps -> {
            ps.setLong(1, teamId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6))) : Optional.<Team>empty();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> teamsOf(long userId) {
        return jdbc.prepareStatement("""
                SELECT m.team_id FROM team_members m JOIN handling_teams t ON t.id = m.team_id
                WHERE m.user_id = ? AND t.active = TRUE ORDER BY m.team_id""", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(long teamId, long userId) {
        return jdbc.prepareStatement("SELECT 1 FROM team_members WHERE team_id = ? AND user_id = ?", ps -> {
            ps.setLong(1, teamId);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String marks = unitIds.stream().map(u -> "?").collect(Collectors.joining(", "));
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM handling_teams WHERE unit_id IN (" + marks
                + ") ORDER BY unit_id, code", ps -> {
            int i = 1;
            for (Long id : unitIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Team> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(team(rs));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Team> byCode(String code) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM handling_teams WHERE code = ?", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(team(rs)) : Optional.<Team>empty();
            }
        });
    }

    @Override
    @Transactional
    public long insert(long unitId, String code, String name, String assignment) {
        return jdbc.execute(connection -> {
            try (var ps = connection.prepareStatement("""
                    INSERT INTO handling_teams (unit_id, code, name, assignment, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, TRUE, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, unitId);
                ps.setString(2, code);
                ps.setString(3, name);
                ps.setString(4, assignment);
                UtcColumns.set(ps, 5, clock.instant());
                UtcColumns.set(ps, 6, clock.instant());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    @Transactional
    public void update(long teamId, String name, String assignment, boolean active) {
        jdbc.prepareStatement("UPDATE handling_teams SET name = ?, assignment = ?, active = ?, updated_at = ? WHERE id = ?", ps -> {
            ps.setString(1, name);
            ps.setString(2, assignment);
            ps.setBoolean(3, active);
            UtcColumns.set(ps, 4, clock.instant());
            ps.setLong(5, teamId);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> members(long teamId) {
        return jdbc.prepareStatement("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id", ps -> {
            ps.setLong(1, teamId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    @Override
    @Transactional
    public void addMember(long teamId, long userId) {
        jdbc.prepareStatement("INSERT IGNORE INTO team_members (team_id, user_id, added_at) VALUES (?, ?, ?)", ps -> {
            ps.setLong(1, teamId);
            ps.setLong(2, userId);
            UtcColumns.set(ps, 3, clock.instant());
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public void removeMember(long teamId, long userId) {
        jdbc.prepareStatement("DELETE FROM team_members WHERE team_id = ? AND user_id = ?", ps -> {
            ps.setLong(1, teamId);
            ps.setLong(2, userId);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public Optional<Long> lastAssignedForUpdate(long teamId) {
        return jdbc.prepareStatement("SELECT last_assigned_user_id FROM handling_teams WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, teamId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1, Long.class)) : Optional.<Long>empty();
            }
        });
    }

    @Override
    @Transactional
    public void setLastAssigned(long teamId, Long userId) {
        jdbc.prepareStatement("UPDATE handling_teams SET last_assigned_user_id = ? WHERE id = ?", ps -> {
            if (userId == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, userId);
            }
            ps.setLong(2, teamId);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> casesAssigned(Collection<Long> userIds, Collection<String> statuses) {
        if (userIds.isEmpty() || statuses.isEmpty()) {
            return Map.of();
        }
        String users = userIds.stream().map(u -> "?").collect(Collectors.joining(", "));
        String states = statuses.stream().map(u -> "?").collect(Collectors.joining(", "));
        return jdbc.prepareStatement("SELECT assignee_user_id, COUNT(*) FROM complaints WHERE assignee_user_id IN ("
                + users + ") AND status IN (" + states + ") GROUP BY assignee_user_id", ps -> {
            int i = 1;
            for (Long id : userIds) {
                ps.setLong(i++, id);
            }
            for (String s : statuses) {
                ps.setString(i++, s);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Map<Long, Long> counts = new HashMap<>();
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
                return counts;
            }
        });
    }

    private static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6));
    }
}

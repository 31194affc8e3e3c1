package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.routing.HandlingTeams;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcHandlingTeams implements HandlingTeams {

    private final JdbcOperations jdbc;

    JdbcHandlingTeams(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
}

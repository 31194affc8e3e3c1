package vn.hailong.invitations.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.DecreeItems;

import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

@Singleton
class JdbcDecreeAnswerStore implements DecreeItems.DecreeAnswerStore {

    private final JdbcOperations jdbc;

    JdbcDecreeAnswerStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void insert(long ratingId, Map<Integer, Integer> points) {
        jdbc.prepareStatement("INSERT INTO rating_decree_answers (rating_id, item, points) VALUES (?, ?, ?)", ps -> {
            for (Map.Entry<Integer, Integer> p : points.entrySet()) {
                ps.setLong(1, ratingId);
                ps.setInt(2, p.getKey());
                ps.setInt(3, p.getValue());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Integer, Integer> byRating(long ratingId) {
        return jdbc.prepareStatement("SELECT item, points FROM rating_decree_answers WHERE rating_id = ?", ps -> {
            ps.setLong(1, ratingId);
            Map<Integer, Integer> points = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getInt(1), rs.getInt(2));
                }
            }
            return points;
        });
    }
}

package vn.hailong.invitations.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.cards.RatingCard;
import vn.hailong.invitations.cards.RatingCardStore;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcRatingCardStore implements RatingCardStore {

    private static final String COLUMNS = "id, unit_id, counter_id, officer_id, token, created_at, created_by,"
            + " revoked_at";

    private final JdbcOperations jdbc;

    JdbcRatingCardStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void insert(RatingCard c) {
        jdbc.prepareStatement("INSERT INTO rating_cards (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", ps -> {
            ps.setLong(1, c.id());
            ps.setLong(2, c.unitId());
            ps.setObject(3, c.counterId());
            ps.setObject(4, c.officerId());
            ps.setString(5, c.token());
            UtcColumns.set(ps, 6, c.createdAt());
            ps.setString(7, c.createdBy());
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RatingCard> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM rating_cards WHERE id = ?", id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RatingCard> byToken(String token) {
        return one("SELECT " + COLUMNS + " FROM rating_cards WHERE token = ?", token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RatingCard> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(unitIds);
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM rating_cards WHERE unit_id IN (" + marks + ")"
                + " ORDER BY created_at DESC, id DESC", ps -> {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            List<RatingCard> cards = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cards.add(card(rs));
                }
            }
            return cards;
        });
    }

    @Override
    @Transactional
    public boolean revoke(long id, Instant at) {
        return jdbc.prepareStatement("UPDATE rating_cards SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                ps -> {
                    UtcColumns.set(ps, 1, at);
                    ps.setLong(2, id);
                    return ps.executeUpdate() == 1;
                });
    }

    private Optional<RatingCard> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(card(rs)) : Optional.<RatingCard>empty();
            }
        });
    }

    private static RatingCard card(ResultSet rs) throws SQLException {
        return new RatingCard(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class),
                rs.getString(5), UtcColumns.instant(rs, 6), rs.getString(7), UtcColumns.instant(rs, 8));
    }
}

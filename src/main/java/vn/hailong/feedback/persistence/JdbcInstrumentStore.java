package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.EffectivePeriods;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.InstrumentStore;
import vn.hailong.shared.persistence.Columns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Singleton
class JdbcInstrumentStore implements InstrumentStore {

    private final JdbcOperations jdbc;

    JdbcInstrumentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(String code, String name, LocalDate from, LocalDate to) {
    }

    private record ElementRow(long id, String code, String name, int position) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instrument> all(boolean english) {
        return jdbc.prepareStatement("""
                SELECT i.code, i.name, i.name_en, i.effective_from, i.effective_to,
                       e.id, e.code, e.name, e.name_en, e.position, c.id, c.code, c.text, c.text_en, c.position
                FROM survey_instruments i
                JOIN survey_elements e ON e.instrument_id = i.id
                JOIN survey_criteria c ON c.element_id = e.id
                ORDER BY i.effective_from IS NULL, i.effective_from, i.id, e.position, c.position""", ps -> {
            Map<String, Head> heads = new LinkedHashMap<>();
            Map<String, Map<String, ElementRow>> elements = new LinkedHashMap<>();
            Map<String, List<Instrument.Criterion>> criteria = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    heads.computeIfAbsent(code, k -> head(rs, english));
                    String element = rs.getString(7);
                    elements.computeIfAbsent(code, k -> new LinkedHashMap<>()).computeIfAbsent(element,
                            k -> elementRow(rs, english));
                    criteria.computeIfAbsent(element, k -> new ArrayList<>()).add(new Instrument.Criterion(
                            rs.getLong(11), rs.getString(12), pick(english, rs.getString(13), rs.getString(14)),
                            element, rs.getInt(15)));
                }
            }
            List<Instrument> all = new ArrayList<>();
            heads.forEach((code, h) -> all.add(new Instrument(code, h.name(), h.from(), h.to(),
                    elements.get(code).values().stream().map(e -> new Instrument.Element(e.id(), e.code(), e.name(),
                            e.position(), criteria.get(e.code()))).toList())));
            return List.copyOf(all);
        });
    }

    private static Head head(ResultSet rs, boolean english) {
        try {
            return new Head(rs.getString(1), pick(english, rs.getString(2), rs.getString(3)), date(rs, 4), date(rs, 5));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ElementRow elementRow(ResultSet rs, boolean english) {
        try {
            return new ElementRow(rs.getLong(6), rs.getString(7), pick(english, rs.getString(8), rs.getString(9)),
                    rs.getInt(10));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String pick(boolean english, String vi, String en) {
        return english && en != null && !en.isBlank() ? en : vi;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> elementOfCriterion() {
        return jdbc.prepareStatement(
                "SELECT c.code, e.code FROM survey_criteria c JOIN survey_elements e ON e.id = c.element_id", ps -> {
            Map<String, String> map = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getString(2));
                }
            }
            return map;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<EffectivePeriods.Period> periods() {
        return jdbc.prepareStatement("SELECT code, effective_from, effective_to FROM survey_instruments ORDER BY id", ps -> {
            List<EffectivePeriods.Period> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new EffectivePeriods.Period(rs.getString(1), date(rs, 2), date(rs, 3)));
                }
            }
            return list;
        });
    }

    @Override
    @Transactional
    public void savePeriods(List<EffectivePeriods.Period> periods) {
        jdbc.prepareStatement("UPDATE survey_instruments SET effective_from = ?, effective_to = ? WHERE code = ?", ps -> {
            for (EffectivePeriods.Period p : periods) {
                ps.setObject(1, p.from() == null ? null : Date.valueOf(p.from()));
                ps.setObject(2, p.to() == null ? null : Date.valueOf(p.to()));
                ps.setString(3, p.code());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static final String OF_INSTRUMENT = """
            JOIN survey_criteria c ON c.code = q.criterion_code
            JOIN survey_elements e ON e.id = c.element_id
            JOIN survey_instruments i ON i.id = e.instrument_id AND i.code = ?""";

    @Override
    @Transactional(readOnly = true)
    public List<String> kioskCodes(String instrumentCode, Long kioskId) {
        return codes("SELECT q.criterion_code FROM kiosk_questions q " + OF_INSTRUMENT
                + " WHERE q.kiosk_id <=> ? ORDER BY q.position", instrumentCode, kioskId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> channelCodes(String instrumentCode, Channel channel) {
        return codes("SELECT q.criterion_code FROM channel_questions q " + OF_INSTRUMENT
                + " WHERE q.channel = ? ORDER BY q.position", instrumentCode, channel.name());
    }

    private List<String> codes(String sql, String instrumentCode, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, instrumentCode);
            if (key instanceof String s) {
                ps.setString(2, s);
            } else {
                Columns.setLong(ps, 2, (Long) key);
            }
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    @Transactional
    public void replaceKioskCodes(String instrumentCode, Long kioskId, List<String> criterionCodes) {
        jdbc.prepareStatement("""
                DELETE FROM kiosk_questions WHERE kiosk_id <=> ? AND criterion_code IN (
                  SELECT c.code FROM survey_criteria c JOIN survey_elements e ON e.id = c.element_id
                  JOIN survey_instruments i ON i.id = e.instrument_id WHERE i.code = ?)""", ps -> {
            Columns.setLong(ps, 1, kioskId);
            ps.setString(2, instrumentCode);
            return ps.executeUpdate();
        });
        if (criterionCodes.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO kiosk_questions (kiosk_id, criterion_code, position) VALUES (?, ?, ?)", ps -> {
            int position = 1;
            for (String code : criterionCodes) {
                Columns.setLong(ps, 1, kioskId);
                ps.setString(2, code);
                ps.setInt(3, position++);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    @Override
    @Transactional
    public void replaceChannelCodes(String instrumentCode, Channel channel, List<String> criterionCodes) {
        jdbc.prepareStatement("""
                DELETE FROM channel_questions WHERE channel = ? AND criterion_code IN (
                  SELECT c.code FROM survey_criteria c JOIN survey_elements e ON e.id = c.element_id
                  JOIN survey_instruments i ON i.id = e.instrument_id WHERE i.code = ?)""", ps -> {
            ps.setString(1, channel.name());
            ps.setString(2, instrumentCode);
            return ps.executeUpdate();
        });
        if (criterionCodes.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO channel_questions (channel, criterion_code, position) VALUES (?, ?, ?)", ps -> {
            int position = 1;
            for (String code : criterionCodes) {
                ps.setString(1, channel.name());
                ps.setString(2, code);
                ps.setInt(3, position++);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }
}

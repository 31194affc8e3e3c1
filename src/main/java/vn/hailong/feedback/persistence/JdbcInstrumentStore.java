package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.InstrumentStore;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Singleton
class JdbcInstrumentStore implements InstrumentStore {

    private final JdbcOperations jdbc;

    JdbcInstrumentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> active(boolean english) {
        return jdbc.prepareStatement("""
                SELECT i.code, i.name, e.code, e.name, e.name_en, c.code, c.text, c.text_en
                FROM survey_instruments i
                JOIN survey_elements e ON e.instrument_id = i.id
                JOIN survey_criteria c ON c.element_id = e.id
                WHERE i.active = TRUE
                ORDER BY i.id, e.position, c.position""", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                String code = null;
                String name = null;
                Map<String, String> elementNames = new LinkedHashMap<>();
                Map<String, List<Instrument.Criterion>> criteria = new LinkedHashMap<>();
                while (rs.next()) {
                    if (code == null) {
                        code = rs.getString(1);
                        name = rs.getString(2);
                    } else if (!code.equals(rs.getString(1))) {
                        break; // one active instrument at a time
                    }
                    String element = rs.getString(3);
                    elementNames.putIfAbsent(element, pick(english, rs.getString(4), rs.getString(5)));
                    criteria.computeIfAbsent(element, k -> new ArrayList<>())
                            .add(new Instrument.Criterion(rs.getString(6), pick(english, rs.getString(7), rs.getString(8)), element));
                }
                if (code == null) {
                    return Optional.<Instrument>empty();
                }
                List<Instrument.Element> elements = new ArrayList<>();
                elementNames.forEach((k, v) -> elements.add(new Instrument.Element(k, v, List.copyOf(criteria.get(k)))));
                return Optional.of(new Instrument(code, name, List.copyOf(elements)));
            }
        });
    }

    private static String pick(boolean english, String vi, String en) {
        return english && en != null && !en.isBlank() ? en : vi;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> activeCode() {
        return jdbc.prepareStatement("SELECT code FROM survey_instruments WHERE active = TRUE ORDER BY id LIMIT 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
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
    public Set<String> activeCriterionCodes() {
        return jdbc.prepareStatement("""
                SELECT c.code FROM survey_criteria c JOIN survey_elements e ON e.id = c.element_id
                JOIN survey_instruments i ON i.id = e.instrument_id WHERE i.active = TRUE""", ps -> {
            Set<String> codes = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instrument.Criterion> kioskQuestions(Long kioskId, boolean english) {
        return jdbc.prepareStatement("""
                SELECT c.code, c.text, c.text_en, e.code FROM kiosk_questions q
                JOIN survey_criteria c ON c.code = q.criterion_code
                JOIN survey_elements e ON e.id = c.element_id
                WHERE q.kiosk_id <=> ? OR (q.kiosk_id IS NULL AND NOT EXISTS (SELECT 1 FROM kiosk_questions k WHERE k.kiosk_id = ?))
                ORDER BY q.kiosk_id IS NULL, q.position LIMIT 3""", ps -> {
            Columns.setLong(ps, 1, kioskId);
            Columns.setLong(ps, 2, kioskId);
            List<Instrument.Criterion> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Instrument.Criterion(rs.getString(1), pick(english, rs.getString(2), rs.getString(3)), rs.getString(4)));
                }
            }
            return list;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> questionCodes(Long kioskId) {
        return jdbc.prepareStatement("SELECT criterion_code FROM kiosk_questions WHERE kiosk_id <=> ? ORDER BY position", ps -> {
            Columns.setLong(ps, 1, kioskId);
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
    public void replaceQuestions(Long kioskId, List<String> criterionCodes) {
        jdbc.prepareStatement("DELETE FROM kiosk_questions WHERE kiosk_id <=> ?", ps -> {
            Columns.setLong(ps, 1, kioskId);
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
}

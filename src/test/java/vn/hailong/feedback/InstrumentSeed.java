package vn.hailong.feedback;

import vn.hailong.support.Sql;

/** Puts back the seeded instrument dates and question lists (tests that switch instruments share the database). */
final class InstrumentSeed {

    private InstrumentSeed() {
    }

    static void restore(Sql sql, Instruments instruments) {
        sql.update("UPDATE survey_instruments SET effective_from = '2017-10-10', effective_to = NULL WHERE code = 'SIPAS-2017'");
        sql.update("UPDATE survey_instruments SET effective_from = NULL, effective_to = NULL WHERE code = 'SIPAS-2022'");
        sql.update("DELETE FROM kiosk_questions WHERE kiosk_id IS NULL");
        sql.update("""
                INSERT INTO kiosk_questions (kiosk_id, criterion_code, position) VALUES
                  (NULL, 'S17-10', 1), (NULL, 'S17-13', 2), (NULL, 'S17-01', 3),
                  (NULL, 'S22-C23', 1), (NULL, 'S22-C25', 2), (NULL, 'S22-C17', 3)""");
        sql.update("DELETE FROM channel_questions");
        sql.update("""
                INSERT INTO channel_questions (channel, criterion_code, position) VALUES
                  ('WEB', 'S17-01', 1), ('WEB', 'S17-09', 2), ('WEB', 'S17-10', 3), ('WEB', 'S17-16', 4), ('WEB', 'S17-20', 5),
                  ('WEB', 'S22-C15', 1), ('WEB', 'S22-C22', 2), ('WEB', 'S22-C23', 3), ('WEB', 'S22-C28', 4), ('WEB', 'S22-C31', 5),
                  ('SMS', 'S17-10', 1), ('SMS', 'S22-C23', 1)""");
        instruments.forgetCached();
    }
}

package vn.hailong.dossiers.persistence;

import vn.hailong.dossiers.Dossier;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A dossiers row read back, the citizen's phone decrypted. */
final class DossierRows {

    /** The AES-GCM purpose (associated data) of {@code dossiers.citizen_phone}. */
    static final String PHONE_COLUMN = "dossiers.citizen_phone";

    /** The columns {@link #read} expects, first in the select list, for table alias {@code d}. */
    static final String COLUMNS = "d.id, d.code, d.unit_id, d.procedure_id, d.officer_id, d.counter_id, d.channel,"
            + " d.citizen_phone, d.received_at, d.appointment_at, d.original_appointment_at, d.finished_at,"
            + " d.returned_at";
    static final int COLUMN_COUNT = 13;

    private DossierRows() {
    }

    static Dossier read(ResultSet rs, PhoneIndex phones) throws SQLException {
        byte[] phone = rs.getBytes(8);
        return new Dossier(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), Columns.getLong(rs, 5),
                Columns.getLong(rs, 6), rs.getString(7), phone == null ? null : phones.decrypt(phone, PHONE_COLUMN),
                UtcColumns.instant(rs, 9), UtcColumns.instant(rs, 10), UtcColumns.instant(rs, 11),
                UtcColumns.instant(rs, 12), UtcColumns.instant(rs, 13));
    }
}

package vn.hailong.dossiers.apology;

import jakarta.inject.Singleton;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Dossier rows as the feed would store them, written with SQL (the feed is another feature's): the tests of the
 * apology need dossiers, not the feed. Times are local Vietnam times ("2026-03-04T09:00").
 */
@Singleton
public class DossierRows {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() & 0xFFFFFFFFFFL);

    private final Sql sql;
    private final PhoneIndex phones;
    private final SectorRegistry sectors;
    private final ProcedureRegistry procedures;
    private Procedure procedure;

    DossierRows(Sql sql, PhoneIndex phones, SectorRegistry sectors, ProcedureRegistry procedures) {
        this.sql = sql;
        this.phones = phones;
        this.sectors = sectors;
        this.procedures = procedures;
    }

    /** One procedure for every dossier of a test class: "Đăng ký khai sinh". */
    public synchronized Procedure procedure() {
        if (procedure == null) {
            String sector = sectors.createTrusted(new SectorDraft(Fixtures.unique("S"), "Hộ tịch", null)).code();
            procedure = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("P"), "Đăng ký khai sinh", sector, 3));
        }
        return procedure;
    }

    /** An open dossier received on 02/03/2026 08:30; {@code phone} may be null. */
    public long open(Unit unit, String code, String appointment, String phone) {
        return insert(unit, code, "2026-03-02T08:30", appointment, null, phone);
    }

    public long insert(Unit unit, String code, String received, String appointment, String finished, String phone) {
        long id = NEXT.incrementAndGet();
        Instant now = MovableClock.local("2026-03-01T08:00");
        PhoneNumber number = phone == null ? null : PhoneNumber.parse(phone);
        sql.update("INSERT INTO dossiers (id, code, unit_id, procedure_id, citizen_phone, citizen_phone_index,"
                        + " received_at, appointment_at, finished_at, returned_at, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, code, unit.id(), procedure().id(),
                number == null ? null : phones.encrypt(number, "dossiers.citizen_phone"),
                number == null ? null : phones.of(number), utc(received), utc(appointment), utc(finished),
                utc(finished), UtcColumns.of(now), UtcColumns.of(now));
        return id;
    }

    private static Object utc(String local) {
        return local == null ? null : UtcColumns.of(MovableClock.local(local));
    }
}

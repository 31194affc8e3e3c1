package vn.hailong.invitations.replies;

import jakarta.inject.Singleton;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A returned dossier whose citizen was invited to rate it: a centre with a counter, an officer and a procedure, the
 * dossiers row as the feed would store it, and its invitation.
 */
@Singleton
public class InvitedDossiers {

    public record Invited(Unit unit, Counter counter, Officer officer, Procedure procedure, long dossierId,
                          String dossierCode, Invitation invitation, PhoneNumber phone) {
    }

    private final Fixtures fixtures;
    private final SectorRegistry sectors;
    private final ProcedureRegistry procedures;
    private final CounterRegistry counters;
    private final OfficerRegistry officers;
    private final InvitationStore invitations;
    private final PhoneIndex phones;
    private final TimeOrderedIds ids;
    private final Sql sql;

    InvitedDossiers(Fixtures fixtures, SectorRegistry sectors, ProcedureRegistry procedures, CounterRegistry counters,
                    OfficerRegistry officers, InvitationStore invitations, PhoneIndex phones, TimeOrderedIds ids,
                    Sql sql) {
        this.fixtures = fixtures;
        this.sectors = sectors;
        this.procedures = procedures;
        this.counters = counters;
        this.officers = officers;
        this.invitations = invitations;
        this.phones = phones;
        this.ids = ids;
        this.sql = sql;
    }

    /** A Viettel number no other test uses. */
    public static PhoneNumber aPhone() {
        return PhoneNumber.parse("098" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
    }

    /** Returned and invited at {@code invitedAt}, to {@code phone}. */
    public Invited invited(PhoneNumber phone, Instant invitedAt) {
        Unit unit = fixtures.commune("Phường Tin Nhắn " + Fixtures.unique("P"));
        var sector = sectors.createTrusted(new SectorDraft(Fixtures.unique("LV"), "Hộ tịch", null));
        Procedure procedure = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("TTHC"),
                "Đăng ký khai sinh", sector.code(), 3));
        Counter counter = counters.createTrusted(new CounterDraft(Fixtures.unique("Q"), "Quầy 1", unit.code()));
        Officer officer = officers.createTrusted(new OfficerDraft(Fixtures.unique("CB"), "Trần Thị Tin", null,
                unit.code(), counter.code()));
        long dossierId = ids.next();
        String code = Fixtures.unique("HS");
        Instant received = invitedAt.minus(Duration.ofDays(3));
        sql.update("INSERT INTO dossiers (id, code, unit_id, procedure_id, officer_id, counter_id, channel,"
                        + " citizen_phone_index, received_at, appointment_at, finished_at, returned_at, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'TRUC_TIEP', ?, ?, ?, ?, ?, ?, ?)",
                dossierId, code, unit.id(), procedure.id(), officer.id(), counter.id(), phones.of(phone),
                UtcColumns.of(received), UtcColumns.of(invitedAt), UtcColumns.of(invitedAt), UtcColumns.of(invitedAt),
                UtcColumns.of(received), UtcColumns.of(invitedAt));
        Invitation invitation = new Invitation(ids.next(), dossierId, code, unit.id(), counter.id(), officer.id(),
                procedure.id(), Fixtures.unique("t").replace("-", ""), invitedAt, null, null);
        invitations.insertIfAbsent(invitation, phone);
        return new Invited(unit, counter, officer, procedure, dossierId, code, invitation, phone);
    }
}

package vn.hailong.dossiers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.Dossiers;
import vn.hailong.shared.phone.PhoneIndex;

import java.sql.ResultSet;
import java.util.Optional;

/** Dossiers read back by code or id, the phone decrypted. */
@Singleton
@Transactional(readOnly = true)
class JdbcDossiers implements Dossiers {

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcDossiers(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public Optional<Dossier> byCode(String code) {
        return one("d.code = ?", code);
    }

    @Override
    public Optional<Dossier> byId(long id) {
        return one("d.id = ?", id);
    }

    private Optional<Dossier> one(String where, Object key) {
        return jdbc.prepareStatement("SELECT " + DossierRows.COLUMNS + " FROM dossiers d WHERE " + where, ps -> {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(DossierRows.read(rs, phones)) : Optional.<Dossier>empty();
            }
        });
    }
}

package vn.hailong.dossiers;

import java.util.Optional;

/** Dossiers read back by code or id (the rating page, SMS replies, apologies); SQL in {@code dossiers.persistence}. */
public interface Dossiers {

    Optional<Dossier> byCode(String code);

    Optional<Dossier> byId(long id);
}

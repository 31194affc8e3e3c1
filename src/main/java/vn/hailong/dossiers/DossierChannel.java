package vn.hailong.dossiers;

import java.util.Locale;
import java.util.Optional;

/** How the citizen filed the dossier (domain.md "Implications" A.3): in person, online, by post. */
public enum DossierChannel {
    TRUC_TIEP,
    TRUC_TUYEN,
    BUU_CHINH;

    public static Optional<DossierChannel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

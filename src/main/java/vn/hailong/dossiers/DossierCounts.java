package vn.hailong.dossiers;

import java.time.Instant;
import java.util.List;

/**
 * The metrics' dossier denominators: the dossiers of a unit subtree returned in a period, in total or by officer or
 * procedure, and how many of them a rating names ({@code ratings.dossier_code}; counted ratings only, not those
 * flagged and waiting for review). SQL in {@code dossiers.persistence}.
 */
public interface DossierCounts {

    enum By { TOTAL, OFFICER, PROCEDURE }

    /**
     * One group's dossiers (id: the officer's or procedure's; null for the total and for dossiers without an officer).
     *
     * @param returned       dossiers returned in the period
     * @param rated          of them, those a counted rating names
     * @param late           of them, those whose result came after the first promised return
     * @param unsatisfactory of them, those late, rated 1 or 2 (không hài lòng), or named by a complaint: what QĐ 766
     *                       subtracts for its dossier satisfaction (each dossier once, whatever it has against it)
     */
    record Count(Long id, long returned, long rated, long late, long unsatisfactory) {
    }

    /** Dossiers returned in {@code [from, before)}; groups without a dossier are absent. */
    List<Count> returned(String unitPathPrefix, Instant from, Instant before, By by);
}

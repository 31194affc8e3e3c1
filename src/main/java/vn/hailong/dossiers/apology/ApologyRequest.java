package vn.hailong.dossiers.apology;

/**
 * An apology as typed into the form: the reason for the delay, the proposed new return date (ISO yyyy-MM-dd, as a
 * date input sends it), who signs it (name and title) and the unit it is issued by. {@link ApologyRules} checks it.
 */
public record ApologyRequest(String reason, String newDate, String signerName, String signerTitle,
                             String issuingUnit) {
}

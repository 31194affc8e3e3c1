package vn.hailong.dossiers.apology.web;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/**
 * The apology letter in words, as the print page and the PDF both show it: the administrative head (issuing unit,
 * national motto, place and date), the title, the addressee, the paragraphs, the signature block and the QR code of
 * the dossier's look-up and rating link. Everything is written out already, so the page and the PDF cannot differ.
 *
 * @param qr the QR code as a data: URI (PNG)
 */
@Introspected
record ApologyLetter(String agency, String nation, String motto, String placeAndDate, String title, String addressee,
                     List<String> facts, List<String> paragraphs, String signerTitle, String signNote,
                     String signerName, String qr, String qrCaption) {
}

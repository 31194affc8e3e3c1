package vn.hailong.dossiers.apology.web;

import jakarta.inject.Singleton;
import vn.hailong.web.PdfPages;

import java.util.Locale;
import java.util.Map;

/** The apology letter as an A4 PDF: the fragment the print page shows, with the print page's stylesheet. */
@Singleton
class ApologyLetterFiles {

    static final String PDF = PdfPages.PDF;
    private static final String STYLESHEET = PdfPages.stylesheet("/public/apology.css");

    private final PdfPages pdfs;

    ApologyLetterFiles(PdfPages pdfs) {
        this.pdfs = pdfs;
    }

    byte[] pdf(ApologyLetter letter, Locale locale) {
        return pdfs.render("dossiers/apology-pdf", locale, Map.of("letter", letter, "css", STYLESHEET));
    }
}

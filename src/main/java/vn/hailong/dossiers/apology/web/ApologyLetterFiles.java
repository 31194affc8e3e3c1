package vn.hailong.dossiers.apology.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The apology letter as an A4 PDF: openhtmltopdf renders the letter's XHTML (the fragment the print page shows) with
 * the DejaVu fonts from the jar embedded, as the periodic report does, so Vietnamese prints whatever fonts the server
 * has (the jar bundles the regular and bold faces; the renderer slants the regular one for italics).
 */
@Singleton
class ApologyLetterFiles {

    static final String PDF = "application/pdf";
    private static final String FONT = "DejaVu Sans";
    private static final String STYLESHEET = resource("/public/apology.css");

    private final TemplateEngine templates;

    ApologyLetterFiles(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(ApologyLetter letter, Locale locale) {
        String xhtml = templates.process("dossiers/apology-pdf", new Context(locale, Map.of("letter", letter,
                "lang", locale.getLanguage(), "css", STYLESHEET)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> ApologyLetterFiles.class.getResourceAsStream("/fonts/dejavu/" + file), FONT, weight,
                style, true);
    }

    private static String resource(String path) {
        try (InputStream in = ApologyLetterFiles.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

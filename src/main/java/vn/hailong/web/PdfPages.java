package vn.hailong.web;

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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A page as a PDF (the periodic report, the apology letter): openhtmltopdf renders a Thymeleaf XHTML template with
 * the DejaVu Sans faces bundled in the jar embedded, so Vietnamese prints the same whatever fonts the server has (the
 * regular and bold faces; the renderer slants the regular one for italics). The model gets {@code lang}.
 */
@Singleton
public class PdfPages {

    public static final String PDF = "application/pdf";
    private static final String FONT = "DejaVu Sans";

    private final TemplateEngine templates;

    PdfPages(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("lang", locale.getLanguage());
        String xhtml = templates.process(template, new Context(locale, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stylesheet of the jar (e.g. {@code /public/report.css}), which a printable page and its PDF share. */
    public static String stylesheet(String path) {
        try (InputStream in = PdfPages.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        return PdfPages.class.getResourceAsStream("/fonts/dejavu/" + file);
    }
}

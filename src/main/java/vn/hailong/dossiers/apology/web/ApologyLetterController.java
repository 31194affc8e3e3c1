package vn.hailong.dossiers.apology.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.apology.Apologies;
import vn.hailong.dossiers.apology.Apology;
import vn.hailong.shared.qr.QrCodes;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.RuleViolationMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /ho-so/{code}/phieu-xin-loi}: the issued apology (phiếu xin lỗi và hẹn lại ngày trả kết quả) as a page that
 * prints on A4, and {@code …/phieu-xin-loi.pdf}, the same letter as a PDF with the Vietnamese font embedded, to hand
 * over at the counter or send. Within the user's units.
 */
@Controller("/ho-so")
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ApologyLetterController {

    private final Apologies apologies;
    private final ApologyLetterFiles files;
    private final RuleViolationMessages messages;

    ApologyLetterController(Apologies apologies, ApologyLetterFiles files, RuleViolationMessages messages) {
        this.apologies = apologies;
        this.files = files;
        this.messages = messages;
    }

    @Get("/{code}/phieu-xin-loi")
    ModelAndView<LetterPage> page(HttpRequest<?> request, Authentication authentication, @PathVariable String code) {
        Apologies.Issued issued = apologies.issued(Actor.of(authentication), code);
        Locale locale = messages.page(request);
        Apology a = issued.apology();
        Dossier d = issued.dossier();
        return new ModelAndView<>("dossiers/apology-letter", new LetterPage(letter(issued, locale), d.code(),
                a.late(), Dates.moment(a.dueAt()), Dates.moment(a.issuedAt()),
                d.phone() == null ? null : d.phone().masked(), Links.pdf(d.code()), LateDossiersController.LIST));
    }

    @Get("/{code}/phieu-xin-loi.pdf")
    @Produces(ApologyLetterFiles.PDF)
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication authentication, @PathVariable String code) {
        Apologies.Issued issued = apologies.issued(Actor.of(authentication), code);
        Locale locale = messages.page(request);
        byte[] pdf = files.pdf(letter(issued, locale), locale);
        String name = "phieu-xin-loi-" + issued.dossier().code().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
        return HttpResponse.ok(pdf).contentType(ApologyLetterFiles.PDF)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"");
    }

    private ApologyLetter letter(Apologies.Issued issued, Locale locale) {
        Apology a = issued.apology();
        Dossier d = issued.dossier();
        LocalDate issuedOn = a.issuedAt().atZone(ClockFactory.VIETNAM).toLocalDate();
        String unit = a.issuingUnit();
        return new ApologyLetter(unit.toUpperCase(Locale.forLanguageTag("vi")), text(locale, "nation"),
                text(locale, "motto"),
                text(locale, "placeDate", String.format("%02d", issuedOn.getDayOfMonth()), month(issuedOn),
                        String.valueOf(issuedOn.getYear())),
                text(locale, "title"), text(locale, "addressee", d.code()),
                List.of(text(locale, "received", Dates.moment(d.receivedAt()), unit),
                        text(locale, "code", d.code()),
                        text(locale, "procedure", issued.procedureName()),
                        text(locale, "appointment", Dates.moment(a.previousAppointmentAt()))),
                List.of(text(locale, "notYet", unit), text(locale, "reason", a.reason()),
                        text(locale, "sorry", unit, Dates.day(a.newAppointmentAt())), text(locale, "thanks")),
                a.signerTitle().toUpperCase(Locale.forLanguageTag("vi")), text(locale, "signNote"), a.signerName(),
                QrCodes.dataUri(issued.link(), 300), text(locale, "qr", issued.link()));
    }

    /** Decree 30/2020 (Appendix I): a day below 10 and the months 1 and 2 take a leading zero ("tháng 02", "tháng 3"). */
    static String month(LocalDate day) {
        return day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.text(locale, "apology.letter." + key, args);
    }

    /**
     * The letter with what the page says about it: issued late or in time (due and issued moments), the masked
     * phone the SMS went to (null: none), the PDF and the way back.
     */
    @Introspected
    record LetterPage(ApologyLetter letter, String code, boolean late, String dueAt, String issuedAt,
                      @io.micronaut.core.annotation.Nullable String phone, String pdfHref, String backHref) {
    }
}

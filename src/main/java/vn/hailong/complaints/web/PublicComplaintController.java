package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.Attachments;
import vn.hailong.complaints.ComplaintAttachment;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.TrackingCodes;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfPart;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.limits.TooManyRequests;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The citizen's web form {@code /phan-anh} (issue 9 §4), no sign-in: what kind of matter, which unit, what happened,
 * optionally who and how to call back, and photos or PDFs. Abuse protection without third-party captchas: the
 * per-address limit of the API, a honeypot field (filled: the bot sees a receipt, nothing is stored) and a per-form
 * key, so that a double submit or a reload files once. Bad input shows the form again with what was typed.
 */
@Controller(PublicComplaintController.BASE)
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class PublicComplaintController {

    static final String BASE = "/phan-anh";
    /** The tracking page (built beside this one). */
    static final String TRACKING = "/tra-cuu";
    /** The name of the honeypot field: people never see it, form-filling bots fill it. */
    static final String HONEYPOT = "website";

    private final ComplaintIntake intake;
    private final Attachments attachments;
    private final RequestLimits limits;
    private final IntakeChoices choices;
    private final RuleViolationMessages messages;
    private final Clock clock;
    private final TrackingCodes decoyCodes = new TrackingCodes();

    PublicComplaintController(ComplaintIntake intake, Attachments attachments, RequestLimits limits,
                              IntakeChoices choices, RuleViolationMessages messages, Clock clock) {
        this.intake = intake;
        this.attachments = attachments;
        this.limits = limits;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code ?ma=<dossier code>}: from the rating page or an apology, the dossier the complaint is about. */
    @Get
    ModelAndView<FormPage> form(HttpRequest<?> request, @Nullable @QueryValue("ma") String dossierCode) {
        return page(request, Form.empty().withDossier(dossierCode(dossierCode)), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> submit(HttpRequest<?> request,
                           @Nullable @Part("kind") String kind, @Nullable @Part("unitCode") String unitCode,
                           @Nullable @Part("sectorCode") String sectorCode, @Nullable @Part("text") String text,
                           @Nullable @Part("citizenName") String citizenName, @Nullable @Part("phone") String phone,
                           @Nullable @Part("contactRequested") String contactRequested,
                           @Nullable @Part("urgency") String urgency, @Nullable @Part("formKey") String formKey,
                           @Nullable @Part("dossierCode") String dossierCode,
                           @Nullable @Part(HONEYPOT) String honeypot,
                           @Nullable @Part("attachment1") CompletedFileUpload attachment1,
                           @Nullable @Part("attachment2") CompletedFileUpload attachment2,
                           @Nullable @Part("attachment3") CompletedFileUpload attachment3,
                           @Nullable @Part("csrfToken") CsrfPart csrfToken) {
        Form form = new Form(trim(kind), trim(unitCode), trim(sectorCode), text == null ? "" : text,
                trim(citizenName), trim(phone), contactRequested != null, "KHAN".equals(trim(urgency)) ? "KHAN" : "BINH_THUONG",
                formKey == null || formKey.isBlank() ? UUID.randomUUID().toString() : formKey.strip(),
                dossierCode(dossierCode));
        Locale locale = messages.page(request);
        if (honeypot != null && !honeypot.isBlank()) {
            // a bot: it gets what a person gets, and nothing is stored or counted
            ComplaintKind k = ComplaintKind.parse(IntakeChoices.Kind.of(form.kind()).kind()).orElse(ComplaintKind.PHAN_ANH);
            return HttpResponse.ok(receipt(decoyCodes.next(k, clock.instant().atZone(ClockFactory.VIETNAM).getYear()),
                    null, k, locale));
        }
        IntakeChoices.Kind k = IntakeChoices.Kind.of(form.kind());
        ComplaintIntake.Submission submission = new ComplaintIntake.Submission(k.kind(), form.text(), form.unitCode(),
                form.sectorCode(), form.phone(), form.dossierCode(), "WEB", form.urgency(), k.instance(), form.citizenName(),
                form.contactRequested(), null, null, null);
        String address = limits.clientAddress(request);
        try {
            var replay = intake.replayOf(null, address, form.formKey(), submission);
            if (replay.isPresent()) {
                return HttpResponse.ok(receipt(replay.get().trackingCode(), replay.get().dueAt(), kindOf(k), locale));
            }
            List<ComplaintAttachment> files = checked(form, k, attachment1, attachment2, attachment3);
            limits.complaintWithoutToken(request);
            ComplaintIntake.Filed filed = intake.file(null, address, form.formKey(), submission,
                    ComplaintIntake.Origin.NONE, files);
            return HttpResponse.ok(receipt(filed.trackingCode(), filed.dueAt(), kindOf(k), locale));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.CONFLICT) {
                // the form key of a complaint already filed (the browser's back button, then a change): a new key,
                // and the citizen says whether to send this one too
                return HttpResponse.status(HttpStatus.CONFLICT).body(page(request, form.withKey(UUID.randomUUID().toString()),
                        FormErrors.key(FormErrors.FORM, "complaints.form.alreadySent")));
            }
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, form, FormErrors.of(e)));
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .body(page(request, form, FormErrors.key(FormErrors.FORM, e.message().key(), e.message().args().toArray())));
        }
    }

    /**
     * The form's own checks, all at once, before the address is charged: the kind, the unit, the text, the phone
     * number and every attachment (intake checks again what it stores).
     */
    private List<ComplaintAttachment> checked(Form form, IntakeChoices.Kind k, CompletedFileUpload... uploads) {
        RuleViolation.Builder problems = RuleViolation.builder();
        if (k.kind() == null || ComplaintKind.parse(k.kind()).isEmpty()) {
            problems.invalid("kind", "complaints.form.error.kind");
        }
        if (form.unitCode() == null) {
            problems.invalid("unitCode", "complaints.form.error.unit");
        }
        if (form.text().isBlank()) {
            problems.invalid("text", "complaints.form.error.text");
        }
        if (form.phone() != null) {
            try {
                PhoneNumber.parse(form.phone());
            } catch (InvalidPhoneNumber e) {
                problems.invalid("phone", "complaints.error.phone");
            }
        }
        if (form.contactRequested() && form.phone() == null) {
            problems.invalid("phone", "complaints.form.error.callBackPhone");
        }
        List<Attachments.Upload> read = new ArrayList<>();
        for (int i = 0; i < uploads.length; i++) {
            CompletedFileUpload u = uploads[i];
            if (u != null) {
                try {
                    read.add(new Attachments.Upload("attachment" + (i + 1), u.getFilename(), u.getBytes()));
                } catch (IOException e) {
                    problems.invalid("attachment" + (i + 1), "complaints.error.attachment.unreadable");
                }
            }
        }
        List<ComplaintAttachment> files = problems.check(() -> attachments.check(read));
        problems.throwIfAny();
        return files;
    }

    private static ComplaintKind kindOf(IntakeChoices.Kind k) {
        return ComplaintKind.parse(k.kind()).orElse(ComplaintKind.PHAN_ANH);
    }

    private ModelAndView<ReceiptPage> receipt(String code, @Nullable java.time.Instant due, ComplaintKind kind,
                                              Locale locale) {
        return new ModelAndView<>("complaints/receipt", new ReceiptPage(code, choices.dueDate(due, locale),
                "complaints.form.kind." + kind.name(), kind == ComplaintKind.TO_CAO, TRACKING, BASE));
    }

    private ModelAndView<FormPage> page(HttpRequest<?> request, Form form, FormErrors errors) {
        Locale locale = messages.page(request);
        int count = attachments.limits().getMaxCount();
        return new ModelAndView<>("complaints/public-form", new FormPage(form, errors, IntakeChoices.kinds(form.kind()),
                choices.publicUnits(form.unitCode(), locale), choices.sectors(form.sectorCode()),
                IntStream.rangeClosed(1, count).mapToObj(i -> "attachment" + i).toList(), count,
                Attachments.size(attachments.limits().getMaxBytes()), BASE, TRACKING, HONEYPOT));
    }

    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What the citizen typed (shown again when something is refused); {@code formKey} makes a resubmit a replay. */
    @Introspected
    record Form(@Nullable String kind, @Nullable String unitCode, @Nullable String sectorCode, String text,
                @Nullable String citizenName, @Nullable String phone, boolean contactRequested, String urgency,
                String formKey, @Nullable String dossierCode) {
        static Form empty() {
            return new Form(null, null, null, "", null, null, false, "BINH_THUONG", UUID.randomUUID().toString(), null);
        }

        Form withKey(String key) {
            return new Form(kind, unitCode, sectorCode, text, citizenName, phone, contactRequested, urgency, key,
                    dossierCode);
        }

        Form withDossier(String code) {
            return new Form(kind, unitCode, sectorCode, text, citizenName, phone, contactRequested, urgency, formKey,
                    code);
        }
    }

    /** A dossier code as typed or linked: trimmed, at most 64 characters (longer is no code of ours), else none. */
    private static String dossierCode(String value) {
        String code = trim(value);
        return code == null || code.length() > 64 ? null : code;
    }

    /** The form page: the choices, the file fields ({@code fileFields}) and their limits. */
    @Introspected
    record FormPage(Form form, FormErrors errors, List<IntakeChoices.KindChoice> kinds, List<SelectOption.Group> units,
                    List<SelectOption> sectors, List<String> fileFields, int maxFiles, String maxSize,
                    String action, String trackingHref, String honeypot) {
    }

    /** The receipt: the tracking code, the due date in words (null when unknown) and what happens next. */
    @Introspected
    record ReceiptPage(String trackingCode, @Nullable String due, String kindKey, boolean denunciation,
                       String trackingHref, String newHref) {
    }
}

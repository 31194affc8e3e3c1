package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.ComplaintLimitReached;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.limits.RequestLimits;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Staff intake {@code /tiep-nhan} (issue 9 §4): an officer, handler or unit manager records what a citizen brought
 * on paper, said on the phone or at the counter, within their own unit subtree, and reads the tracking code back to
 * the citizen. Files through {@link ComplaintIntake} as the staff member (their allowance per hour applies); a
 * per-form key makes a double submit file once.
 */
@Controller(StaffIntakeController.BASE)
@CsrfProtected
@Secured({"OFFICER", "HANDLER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class StaffIntakeController {

    static final String BASE = "/tiep-nhan";
    static final Set<Role> ROLES = Set.of(Role.OFFICER, Role.HANDLER, Role.UNIT_MANAGER);
    static final List<String> CHANNELS = List.of("PAPER", "PHONE", "COUNTER");

    private final ComplaintIntake intake;
    private final IntakeChoices choices;
    private final RequestLimits limits;
    private final RuleViolationMessages messages;

    StaffIntakeController(ComplaintIntake intake, IntakeChoices choices, RequestLimits limits,
                          RuleViolationMessages messages) {
        this.intake = intake;
        this.choices = choices;
        this.limits = limits;
        this.messages = messages;
    }

    @Get
    ModelAndView<IntakePage> form(HttpRequest<?> request, Authentication authentication) {
        return page(request, Actor.of(authentication), StaffForm.empty(), FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, Authentication authentication, @Body StaffForm posted) {
        Actor actor = Actor.of(authentication);
        StaffForm form = posted.normalised();
        IntakeChoices.Kind k = IntakeChoices.Kind.of(form.kind());
        RuleViolation.Builder problems = RuleViolation.builder();
        if (form.channel() == null || !CHANNELS.contains(form.channel())) {
            problems.invalid("channel", "complaints.intake.error.channel");
        }
        if (k.kind() == null || ComplaintKind.parse(k.kind()).isEmpty()) {
            problems.invalid("kind", "complaints.form.error.kind");
        }
        if (form.unitCode() == null) {
            problems.invalid("unitCode", "complaints.form.error.unit");
        }
        if (form.text() == null || form.text().isBlank()) {
            problems.invalid("text", "complaints.form.error.text");
        }
        try {
            problems.throwIfAny();
            ComplaintIntake.Filed filed = intake.file(actor, limits.clientAddress(request), form.formKey(),
                    new ComplaintIntake.Submission(k.kind(), form.text(), form.unitCode(), form.sectorCode(), form.phone(),
                            null, form.channel(), form.urgency(), k.instance(), form.citizenName(),
                            form.contactRequested() != null, form.officerCode(), form.counterCode(), form.procedureCode()));
            Locale locale = messages.page(request);
            return HttpResponse.ok(new ModelAndView<>("complaints/intake-done", new DonePage(filed.trackingCode(),
                    choices.dueDate(filed.dueAt(), locale), "complaints.form.kind." + ComplaintKind.parse(k.kind())
                    .orElseThrow().name(), "complaints.intake.channel." + form.channel(), BASE)));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.CONFLICT) {
                return HttpResponse.status(HttpStatus.CONFLICT).body(page(request, actor,
                        form.withKey(UUID.randomUUID().toString()), FormErrors.key(FormErrors.FORM,
                                "complaints.form.alreadySent")));
            }
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            // FORBIDDEN: a unit outside the staff member's subtree, which the form never offers
            return HttpResponse.status(e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, actor, form, FormErrors.of(e)));
        } catch (ComplaintLimitReached e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(e.retryAfter().toSeconds()))
                    .body(page(request, actor, form, FormErrors.key(FormErrors.FORM, "complaints.intake.limit",
                            Math.max(1, e.retryAfter().toMinutes()))));
        }
    }

    private ModelAndView<IntakePage> page(HttpRequest<?> request, Actor actor, StaffForm form, FormErrors errors) {
        Locale locale = messages.page(request);
        List<SelectOption> channels = CHANNELS.stream().map(c -> SelectOption.key(c, "complaints.intake.channel." + c,
                c.equals(form.channel()))).toList();
        return new ModelAndView<>("complaints/intake", new IntakePage(form, errors, channels,
                IntakeChoices.kinds(form.kind()), choices.staffUnits(actor, form.unitCode(), locale),
                choices.sectors(form.sectorCode()), choices.officers(actor, form.officerCode()),
                choices.counters(actor, form.counterCode()), choices.procedures(form.procedureCode()), BASE));
    }

    /** The staff intake form as posted; every field but the token and the key is what the staff member typed. */
    @Serdeable
    @Introspected
    record StaffForm(@Nullable String channel, @Nullable String kind, @Nullable String unitCode,
                     @Nullable String sectorCode, @Nullable String officerCode, @Nullable String counterCode,
                     @Nullable String procedureCode, @Nullable String citizenName, @Nullable String phone,
                     @Nullable String contactRequested, @Nullable String urgency, @Nullable String text,
                     @Nullable String formKey, @Nullable String csrfToken) implements CsrfForm {

        static StaffForm empty() {
            return new StaffForm("COUNTER", null, null, null, null, null, null, null, null, null, "BINH_THUONG", "",
                    UUID.randomUUID().toString(), null);
        }

        StaffForm normalised() {
            return new StaffForm(t(channel), t(kind), t(unitCode), t(sectorCode), t(officerCode), t(counterCode),
                    t(procedureCode), t(citizenName), t(phone), t(contactRequested),
                    "KHAN".equals(t(urgency)) ? "KHAN" : "BINH_THUONG", text == null ? "" : text,
                    t(formKey) == null ? UUID.randomUUID().toString() : t(formKey), csrfToken);
        }

        StaffForm withKey(String key) {
            return new StaffForm(channel, kind, unitCode, sectorCode, officerCode, counterCode, procedureCode,
                    citizenName, phone, contactRequested, urgency, text, key, csrfToken);
        }

        private static String t(@Nullable String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    @Introspected
    record IntakePage(StaffForm form, FormErrors errors, List<SelectOption> channels,
                      List<IntakeChoices.KindChoice> kinds, List<SelectOption.Group> units, List<SelectOption> sectors,
                      List<SelectOption> officers, List<SelectOption> counters, List<SelectOption> procedures,
                      String action) {
    }

    /** What to read back to the citizen. */
    @Introspected
    record DonePage(String trackingCode, @Nullable String due, String kindKey, String channelKey, String againHref) {
    }
}

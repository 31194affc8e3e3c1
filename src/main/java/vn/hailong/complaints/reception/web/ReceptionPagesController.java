package vn.hailong.complaints.reception.web;

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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.reception.CitizenReception;
import vn.hailong.complaints.reception.ReceptionSession;
import vn.hailong.complaints.reception.ReceptionStore;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.Ago;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Citizen reception days and leaders' dialogues for staff (issue 9 §4): the upcoming and past sessions of the units
 * in the actor's subtree; managers plan and edit sessions; on a session's page managers and handlers record each
 * citizen's petition, which becomes a case with the leader as receiver. The list of a session's cases shows
 * tracking code, kind and status only, no personal data.
 */
@Controller(ReceptionPagesController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"UNIT_MANAGER", "PROVINCE_MANAGER", "HANDLER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReceptionPagesController {

    static final String BASE = "/tiep-cong-dan";
    private static final int LIST_SIZE = 100;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CitizenReception reception;
    private final FlashMessages flash;

    ReceptionPagesController(CitizenReception reception, FlashMessages flash) {
        this.reception = reception;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue("da-qua") Boolean past) {
        Actor actor = Actor.of(authentication);
        boolean upcoming = past == null || !past;
        List<SessionRow> rows = reception.list(actor, upcoming, LIST_SIZE).stream().map(ReceptionPagesController::row)
                .toList();
        return new ModelAndView<>("reception/list", new ListPage(upcoming, rows, reception.plans(actor),
                BASE, BASE + "?da-qua=true", BASE + "/moi"));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        requirePlanner(actor);
        return formPage(actor, null, new SessionForm(null, "RECEPTION_DAY", null, "08:00", "11:00", null, null, null,
                null, "PLANNED", null, null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body SessionForm form) {
        Actor actor = Actor.of(authentication);
        try {
            ReceptionSession s = reception.plan(actor, form.draft());
            flash.success(request, "reception.flash.planned", DATE.format(local(s)));
            return HttpResponse.seeOther(URI.create(BASE + "/" + s.id()));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formPage(actor, null, form, FormErrors.of(e)));
        }
    }

    @Get("/{id}")
    ModelAndView<SessionPage> show(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        return sessionPage(actor, reception.session(actor, id), PetitionForm.empty(), FormErrors.none());
    }

    @Get("/{id}/sua")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        requirePlanner(actor);
        ReceptionSession s = reception.session(actor, id);
        return formPage(actor, s, SessionForm.of(s), FormErrors.none());
    }

    @Post("/{id}/sua")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body SessionForm form) {
        Actor actor = Actor.of(authentication);
        ReceptionSession current = reception.session(actor, id);
        int version = form.version() == null ? -1 : form.version();
        try {
            ReceptionSession s = reception.change(actor, id, version, form.draft());
            flash.success(request, "reception.flash.changed", DATE.format(local(s)));
            return HttpResponse.seeOther(URI.create(BASE + "/" + s.id()));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.CONFLICT) {
                // someone else saved it meanwhile: show what is stored now, with the refusal
                return HttpResponse.status(HttpStatus.CONFLICT).body(formPage(actor, reception.session(actor, id),
                        SessionForm.of(reception.session(actor, id)), FormErrors.of(e)));
            }
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(actor, current,
                    form.withVersion(current.version()), FormErrors.of(e)));
        }
    }

    @Post("/{id}/kien-nghi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> raise(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                          @Body PetitionForm form) {
        Actor actor = Actor.of(authentication);
        ReceptionSession s = reception.session(actor, id);
        try {
            ComplaintIntake.Filed filed = reception.raise(actor, id, form.petition());
            flash.success(request, "reception.flash.raised", filed.trackingCode());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id + "#cases"));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            HttpStatus status = e.kind() == RuleViolation.Kind.INVALID ? HttpStatus.UNPROCESSABLE_ENTITY
                    : e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
            return HttpResponse.status(status).body(sessionPage(actor, s, form, FormErrors.of(e)));
        }
    }

    private void requirePlanner(Actor actor) {
        if (!reception.plans(actor)) {
            throw RuleViolation.forbidden("reception.error.plannerRole");
        }
    }

    private ModelAndView<FormPage> formPage(Actor actor, ReceptionSession current, SessionForm form,
                                            FormErrors errors) {
        boolean creating = current == null;
        List<SelectOption> units = reception.units(actor).stream().map(u -> SelectOption.text(u.code(),
                u.name() + " (" + u.code() + ")", u.code().equals(form.unitCode()))).toList();
        List<SelectOption> kinds = java.util.Arrays.stream(ReceptionSession.Kind.values()).map(k -> SelectOption.key(
                k.name(), "reception.kind." + k.name(), k.name().equals(form.kind()))).toList();
        List<SelectOption> statuses = java.util.Arrays.stream(ReceptionSession.Status.values()).map(k -> SelectOption.key(
                k.name(), "reception.status." + k.name(), k.name().equals(form.status()))).toList();
        return new ModelAndView<>("reception/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id() + "/sua", form, units, kinds, statuses, errors,
                creating ? BASE : BASE + "/" + current.id()));
    }

    private ModelAndView<SessionPage> sessionPage(Actor actor, ReceptionSession s, PetitionForm form,
                                                  FormErrors errors) {
        List<CaseRow> cases = reception.cases(actor, s.id()).stream().map(c -> new CaseRow(c.trackingCode(), c.kind(),
                c.status(), Ago.local(c.receivedAt()))).toList();
        List<SelectOption> kinds = java.util.stream.Stream.of("PHAN_ANH", "KIEN_NGHI", "KHIEU_NAI", "TO_CAO")
                .map(k -> SelectOption.key(k, "reception.petition.kind." + k, k.equals(form.kind()))).toList();
        // a fresh key for each form shown, so that a double click files one case and the next petition its own
        PetitionForm shown = form.withKey(UUID.randomUUID().toString());
        return new ModelAndView<>("reception/session", new SessionPage(row(s), reception.plans(actor),
                BASE + "/" + s.id() + "/sua", BASE + "/" + s.id() + "/kien-nghi", shown, kinds, errors, cases, BASE));
    }

    static ZonedDateTime local(ReceptionSession s) {
        return s.startsAt().atZone(ClockFactory.VIETNAM);
    }

    static SessionRow row(ReceptionSession s) {
        ZonedDateTime start = local(s);
        String end = s.endsAt() == null ? null : TIME.format(s.endsAt().atZone(ClockFactory.VIETNAM));
        return new SessionRow(s.id(), BASE + "/" + s.id(), s.kind().name(), s.status().name(), DATE.format(start),
                TIME.format(start), end, start.getDayOfWeek().getValue(), s.unitName(), s.place(), s.leaderName(),
                s.leaderTitle(), s.topic());
    }

    /** The sessions list: upcoming (soonest first) or past (latest first). */
    @Introspected
    record ListPage(boolean upcoming, List<SessionRow> rows, boolean canPlan, String upcomingHref, String pastHref,
                    String newHref) {
    }

    /** One session as shown; {@code weekday} 1 (Monday) .. 7. */
    @Introspected
    record SessionRow(long id, String href, String kind, String status, String date, String startTime,
                      @Nullable String endTime, int weekday, String unitName, String place, String leaderName,
                      String leaderTitle, @Nullable String topic) {
    }

    /** The create or edit form of a session. */
    @Introspected
    record FormPage(boolean creating, String action, SessionForm form, List<SelectOption> units,
                    List<SelectOption> kinds, List<SelectOption> statuses, FormErrors errors, String backHref) {
    }

    /** A session's page: its details, the petition form and the cases raised there. */
    @Introspected
    record SessionPage(SessionRow session, boolean canEdit, String editHref, String petitionAction,
                       PetitionForm form, List<SelectOption> kinds, FormErrors errors, List<CaseRow> cases,
                       String backHref) {
    }

    /** A case raised at the session: no personal data. */
    @Introspected
    record CaseRow(String trackingCode, String kind, String status, String receivedAt) {
    }

    /** The session form as posted. */
    @Serdeable
    @Introspected
    record SessionForm(@Nullable String unitCode, @Nullable String kind, @Nullable String date,
                       @Nullable String startTime, @Nullable String endTime, @Nullable String place,
                       @Nullable String leaderName, @Nullable String leaderTitle, @Nullable String topic,
                       @Nullable String status, @Nullable Integer version, @Nullable String csrfToken)
            implements CsrfForm {

        static SessionForm of(ReceptionSession s) {
            ZonedDateTime start = local(s);
            return new SessionForm(s.unitCode(), s.kind().name(), start.toLocalDate().toString(), TIME.format(start),
                    s.endsAt() == null ? null : TIME.format(s.endsAt().atZone(ClockFactory.VIETNAM)), s.place(),
                    s.leaderName(), s.leaderTitle(), s.topic(), s.status().name(), s.version(), null);
        }

        SessionForm withVersion(int v) {
            return new SessionForm(unitCode, kind, date, startTime, endTime, place, leaderName, leaderTitle, topic,
                    status, v, null);
        }

        CitizenReception.Draft draft() {
            return new CitizenReception.Draft(unitCode, kind, date, startTime, endTime, place, leaderName,
                    leaderTitle, topic, status);
        }
    }

    /** A citizen's petition as posted; {@code contactRequested} is the checkbox ("on" when ticked). */
    @Serdeable
    @Introspected
    record PetitionForm(@Nullable String kind, @Nullable String text, @Nullable String citizenName,
                        @Nullable String phone, @Nullable String contactRequested, @Nullable String idempotencyKey,
                        @Nullable String csrfToken) implements CsrfForm {

        static PetitionForm empty() {
            return new PetitionForm("KIEN_NGHI", null, null, null, null, null, null);
        }

        PetitionForm withKey(String key) {
            return new PetitionForm(kind, text, citizenName, phone, contactRequested, key, null);
        }

        public boolean contact() {
            return contactRequested != null && !contactRequested.isBlank();
        }

        CitizenReception.Petition petition() {
            return new CitizenReception.Petition(kind, text, null, citizenName, phone, contact(), idempotencyKey);
        }
    }
}

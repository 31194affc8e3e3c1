package vn.hailong.complaints.reception.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.reception.CitizenReception;
import vn.hailong.complaints.reception.ReceptionSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public schedule of citizen reception days and leaders' dialogues (Law on Citizen Reception 2013, Art. 13: the
 * schedule is made public), per unit, without login. It holds no personal data: only what is announced (unit, day,
 * time, place, the presiding leader's name and title, the topic). Cacheable for a few minutes by anyone when the
 * visitor is not signed in (the page then carries nothing of a session).
 */
@Controller(PublicScheduleController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicScheduleController {

    static final String PATH = "/lich-tiep-cong-dan";
    private static final int LIMIT = 500;

    private final CitizenReception reception;

    PublicScheduleController(CitizenReception reception) {
        this.reception = reception;
    }

    @Get
    HttpResponse<ModelAndView<SchedulePage>> schedule(HttpRequest<?> request, @Nullable Authentication authentication) {
        Map<Long, List<Entry>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ReceptionSession s : reception.schedule(LIMIT)) {
            ReceptionPagesController.SessionRow r = ReceptionPagesController.row(s);
            names.putIfAbsent(s.unitId(), s.unitName());
            byUnit.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(new Entry(r.kind(), r.date(), r.weekday(),
                    r.startTime(), r.endTime(), r.place(), r.leaderName(), r.leaderTitle(), r.topic()));
        }
        List<UnitSchedule> units = new ArrayList<>();
        byUnit.forEach((id, entries) -> units.add(new UnitSchedule(names.get(id), entries)));
        units.sort(java.util.Comparator.comparing(UnitSchedule::unitName, java.text.Collator.getInstance(
                java.util.Locale.forLanguageTag("vi"))));
        HttpResponse<ModelAndView<SchedulePage>> response = HttpResponse.ok(
                new ModelAndView<>("reception/schedule", new SchedulePage(units)));
        boolean signedIn = authentication != null;
        return ((io.micronaut.http.MutableHttpResponse<ModelAndView<SchedulePage>>) response)
                .header("Cache-Control", signedIn ? "private, no-store" : "public, max-age=300")
                .header("Vary", "Accept-Language, Cookie");
    }

    /** The upcoming sessions, grouped per unit (units in alphabetical order, sessions soonest first). */
    @Introspected
    record SchedulePage(List<UnitSchedule> units) {
    }

    @Introspected
    record UnitSchedule(String unitName, List<Entry> entries) {
    }

    /** One announced session: {@code weekday} 1 (Monday) .. 7. */
    @Introspected
    record Entry(String kind, String date, int weekday, String startTime, @Nullable String endTime, String place,
                 String leaderName, String leaderTitle, @Nullable String topic) {
    }
}

package vn.hailong.invitations.replies.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import vn.hailong.invitations.replies.InboundState;
import vn.hailong.invitations.replies.InboundStore;
import vn.hailong.invitations.replies.Outcome;
import vn.hailong.web.Ago;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What citizens replied by SMS ({@code /quan-tri/tin-nhan/den}): each inbound message with its masked number, what
 * it said, what it did and how it was answered, newest first, by outcome (or the ones waiting for another attempt
 * and the ones given up on). Read only.
 */
@Controller(InboundMessagesController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class InboundMessagesController {

    static final String BASE = "/quan-tri/tin-nhan/den";
    private static final int PAGE_SIZE = 50;

    private final InboundStore store;

    InboundMessagesController(InboundStore store) {
        this.store = store;
    }

    @Get
    ModelAndView<ListPage> list(@Nullable @QueryValue("ket-qua") String filter, @Nullable @QueryValue String trang) {
        String chosen = filter == null ? "" : filter.strip();
        Outcome outcome = parse(Outcome.class, chosen);
        InboundState state = outcome == null ? parse(InboundState.class, chosen) : null;
        if (state == InboundState.DONE) {
            state = null;
        }
        String effective = outcome != null ? outcome.name() : state != null ? state.name() : "";
        InboundStore.Listing listing = store.list(outcome, state, Pager.requested(trang), PAGE_SIZE);
        String base = effective.isEmpty() ? BASE + "?"
                : BASE + "?ket-qua=" + URLEncoder.encode(effective, StandardCharsets.UTF_8) + "&";
        int n = listing.page();
        int total = listing.totalPages();
        Pager pager = new Pager(n, total, n > 1 ? base + "trang=" + (n - 1) : null,
                n < total ? base + "trang=" + (n + 1) : null);
        return new ModelAndView<>("invitations/inbound-sms", new ListPage(
                listing.rows().stream().map(InboundMessagesController::row).toList(), listing.total(),
                options(effective), pager, FormErrors.none()));
    }

    private static List<SelectOption> options(String chosen) {
        List<SelectOption> options = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            options.add(SelectOption.key(o.name(), "smsreplies.outcome." + o.name(), o.name().equals(chosen)));
        }
        for (InboundState s : List.of(InboundState.PENDING, InboundState.FAILED)) {
            options.add(SelectOption.key(s.name(), "smsreplies.state." + s.name(), s.name().equals(chosen)));
        }
        return options;
    }

    private static Row row(InboundStore.Stored s) {
        return new Row(Long.toString(s.id()), Ago.local(s.receivedAt()),
                s.phone() == null ? null : s.phone().masked(), s.body(), s.via().name(), s.state().name(),
                s.outcome() == null ? null : s.outcome().name(), s.replyKind() == null ? null : s.replyKind().name(),
                s.replyVia() == null ? null : s.replyVia().name(), s.dossierCode(), s.trackingCode(), s.attempts(),
                s.lastError());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** The list, the filter's choices and the paging links. */
    @Introspected
    record ListPage(List<Row> rows, long total, List<SelectOption> filterOptions, Pager pager, FormErrors errors) {
    }

    /**
     * One message; {@code phone} masked, null when the sender was not a Vietnamese mobile; {@code outcome} null while
     * it waits for an attempt.
     */
    @Introspected
    record Row(String id, String receivedAt, @Nullable String phone, String body, String via, String state,
               @Nullable String outcome, @Nullable String replyKind, @Nullable String replyVia,
               @Nullable String dossierCode, @Nullable String trackingCode, int attempts,
               @Nullable String lastError) {
    }
}

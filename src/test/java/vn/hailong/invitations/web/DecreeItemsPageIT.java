package vn.hailong.invitations.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierReturned;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.invitations.TestDossiers;
import vn.hailong.organisation.Directory;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code hailong.invitations.decree-items} on, the page asks the nine Decree 61 items too and stores the
 * answers beside the rating; a second rating of the dossier shows on the flagged ratings page with its reason.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.invitations.decree-items", value = "true")
class DecreeItemsPageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;
    @Inject
    TestDossiers dossiers;
    @Inject
    ApplicationEventPublisher<DossierReturned> events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    InvitationStore invitations;
    @Inject
    TimeOrderedIds ids;
    @Inject
    Sql sql;
    @Inject
    Clock clock;

    @Test
    void the_nine_items_are_asked_and_stored_and_a_second_rating_is_listed_as_flagged() {
        RatingWorld w = new RatingWorld(fixtures, new Api(server));
        PhoneNumber phone = PhoneNumber.parse("0912" + (100_000 + ThreadLocalRandom.current().nextInt(900_000)));
        Dossier d = dossiers.insert(ids.next(), TestDossiers.code(), w.unit.id(),
                directory.procedureByCode(w.procedure).orElseThrow().id(), null,
                directory.counterByCode(w.counter).orElseThrow().id(), phone, clock.instant().minus(Duration.ofHours(1)));
        transactions.executeWrite(status -> {
            events.publishEvent(new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                    d.procedureId(), d.phone(), d.returnedAt()));
            return null;
        });
        Invitation inv = invitations.byDossier(d.id()).orElseThrow();

        try (WebSession citizen = new WebSession(server)) {
            String path = "/danh-gia/" + inv.token();
            WebSession.Page page = citizen.get(path);
            assertThat(page.html().select("[data-testid^=decree-]")).hasSize(9);
            assertThat(page.byTestId("decree-1").selectFirst("legend").text())
                    .isEqualTo("Tổng thời gian giải quyết thủ tục so với quy định của pháp luật");
            assertThat(page.byTestId("decree-1").select("label").eachText()).containsExactly("Tốt", "Đạt", "Chưa tốt");
            PageForm.of(citizen, path, page, "form[data-testid=rate-form]").set("score", "5").set("d1", "2")
                    .set("d3", "1").set("d7", "0").submit();
            String ratingId = sql.column("SELECT id FROM ratings WHERE dossier_code = ?", d.code()).get(0);
            assertThat(sql.column("SELECT CONCAT(item, '=', points) FROM rating_decree_answers WHERE rating_id = ?"
                    + " ORDER BY item", ratingId)).containsExactly("1=2", "3=1", "7=0");

            PageForm.open(citizen, path + "?lai=1", "form[data-testid=rate-form]").set("score", "1").submit();
        }
        try (WebSession manager = new WebSession(server)) {
            var actor = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Hồ Thị Quản Lý");
            manager.signIn(actor.name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page flagged = manager.get("/quan-tri/danh-gia-can-xem");
            Element row = flagged.html().selectFirst("tr[data-reason=DOSSIER_ALREADY_RATED]");
            assertThat(row).as(flagged.body()).isNotNull();
            assertThat(row.text()).contains("Hồ sơ này đã được đánh giá");
        }
    }
}

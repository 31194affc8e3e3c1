package vn.hailong.complaints.escalation;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintEscalated;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintOverdue;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.web.WebSession;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.MovableClock.local;

/**
 * The escalation scan on the real database and the seeded 2026 calendar, run directly with a movable clock (the
 * scheduler is off in tests). Around 30/4–1/5/2026 the days off are Mon 27/4 (nghỉ bù Giỗ Tổ), Thu 30/4 and Fri 1/5.
 * A case filed Thu 23/4 09:00 has its acceptance due Tue 28/4 17:00 (2 working days: Fri 24, Tue 28).
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "EscalationScanIT")
class EscalationScanIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** What the scan published, for the SMS outbox to come. */
    @Singleton
    @Requires(property = "spec.name", value = "EscalationScanIT")
    static class Published {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void overdue(ComplaintOverdue e) {
            events.add(e);
        }

        @EventListener
        void escalated(ComplaintEscalated e) {
            events.add(e);
        }
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    CaseStore cases;
    @Inject
    EscalationScan scan;
    @Inject
    Published published;
    @Inject
    EmbeddedServer server;

    Unit commune;
    Unit desk;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        commune = fixtures.commune("Xã Phong Điền");
        desk = fixtures.unitUnder(commune, "Bộ phận Một cửa xã Phong Điền", UnitType.SERVICE_CENTRE_COMMUNE);
    }

    String file(String kind, String text) {
        return intake.file(null, "203.0.113.9", null, new ComplaintIntake.Submission(kind, text, desk.code(), null,
                "0912345678", null, "WEB")).trackingCode();
    }

    ComplaintCase byCode(String code) {
        return cases.byCode(code).orElseThrow();
    }

    StepClock step(String code, Step step) {
        List<StepClock> steps = cases.steps(byCode(code).id()).stream().filter(s -> s.step() == step).toList();
        return steps.get(steps.size() - 1);
    }

    List<CaseAction> systemEvents(String code) {
        return cases.events(byCode(code).id()).stream().filter(e -> e.actor().name().equals(EscalationScan.ACTOR))
                .map(CaseEvent::type).toList();
    }

    long published(String code) {
        return published.events.stream().filter(e -> e instanceof ComplaintOverdue o ? o.trackingCode().equals(code)
                : ((ComplaintEscalated) e).trackingCode().equals(code)).count();
    }

    @Test
    void a_step_is_warned_at_75_percent_breached_at_due_and_escalated_to_the_parent_each_once() throws Exception {
        String code = file("PHAN_ANH", "Quầy một cửa đóng cửa sớm; gọi 0987 654 321 để biết thêm.");
        assertThat(step(code, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-28T17:00"));
        // 75% of 23/4 09:00 → 28/4 17:00 (128 h of elapsed time) is 96 h: Mon 27/4 09:00
        assertThat(step(code, Step.ACCEPT).warnAt()).isEqualTo(local("2026-04-27T09:00"));

        clock.set("2026-04-27T08:59");
        scan.scan();
        assertThat(systemEvents(code)).isEmpty();

        clock.set("2026-04-27T09:00");
        scanTwiceAtOnce();
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN);
        assertThat(step(code, Step.ACCEPT).warnedAt()).isEqualTo(local("2026-04-27T09:00"));

        clock.set("2026-04-28T16:59");
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN);
        clock.set("2026-04-28T17:00");
        scanTwiceAtOnce();
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN, CaseAction.BREACH);
        assertThat(step(code, Step.ACCEPT).breachedAt()).isEqualTo(local("2026-04-28T17:00"));
        assertThat(byCode(code).handlingUnitId()).isEqualTo(desk.id());

        // 2 working days after the breach on Tue 28/4: Wed 29 (1), Mon 4/5 (2), at 17:00
        clock.set("2026-05-04T16:59");
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN, CaseAction.BREACH);
        clock.set("2026-05-04T17:00");
        scanTwiceAtOnce();
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN, CaseAction.BREACH, CaseAction.ESCALATE);
        ComplaintCase escalated = byCode(code);
        assertThat(escalated.handlingUnitId()).isEqualTo(commune.id());
        assertThat(escalated.escalationLevel()).isEqualTo(1);
        assertThat(published(code)).isEqualTo(3);
        assertThat(published.events).filteredOn(e -> e instanceof ComplaintEscalated x && x.trackingCode().equals(code))
                .singleElement().satisfies(e -> {
                    ComplaintEscalated x = (ComplaintEscalated) e;
                    assertThat(x.fromUnitId()).isEqualTo(desk.id());
                    assertThat(x.toUnitId()).isEqualTo(commune.id());
                });

        // one level only: the commune is not escalated to the province a week later
        clock.set("2026-05-12T09:00");
        scan.scan();
        assertThat(systemEvents(code)).containsExactly(CaseAction.WARN, CaseAction.BREACH, CaseAction.ESCALATE);

        // the commune's manager sees it in the overdue list ("5 rõ"), with the badge; the desk's manager no longer
        Actor communeManager = fixtures.staff(Role.UNIT_MANAGER, commune, "Lê Văn Trưởng");
        Actor deskManager = fixtures.staff(Role.UNIT_MANAGER, desk, "Phạm Thị Bộ Phận");
        try (WebSession manager = new WebSession(server)) {
            manager.signIn(communeManager.name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page page = manager.get("/xu-ly/qua-han");
            assertThat(page.status()).isEqualTo(200);
            Element row = page.html().selectFirst("#overdue tr[data-code=" + code + "]");
            assertThat(row).isNotNull();
            assertThat(row.attr("data-step")).isEqualTo("ACCEPT");
            assertThat(row.text()).contains("Xã Phong Điền", "Thụ lý", "28/04/2026 17:00", "Mới tiếp nhận",
                    "Chưa phân công", "Đã chuyển lên cấp trên", "Phản ánh");
            // 28/4 17:00 → 12/5 09:00: 29/4, 4/5–8/5 and 11/5 are 7 working days, and 1 h on 12/5
            assertThat(row.selectFirst("[data-testid=late]").text()).isEqualTo("7 ngày 1 giờ làm việc");
            assertThat(row.text()).doesNotContain("0987", "0912");
            assertThat(page.html().selectFirst("[data-testid=nav-xu-ly-qua-han-badge]")).isNotNull();

            Map.Entry<Integer, byte[]> csv = manager.download("/xu-ly/qua-han.csv?donVi=" + commune.code());
            assertThat(csv.getKey()).isEqualTo(200);
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(new ByteArrayInputStream(csv.getValue()), StandardCharsets.UTF_8))
                    .getRecords();
            CSVRecord line = records.stream().filter(r -> r.get(0).endsWith(code)).findFirst().orElseThrow();
            assertThat(line.get("Trễ (ngày làm việc)")).isEqualTo("7");
            assertThat(line.get("Đơn vị")).isEqualTo("Xã Phong Điền");
            assertThat(line.get("Bước")).isEqualTo("Thụ lý");

            Map.Entry<Integer, byte[]> xlsx = manager.download("/xu-ly/qua-han.xlsx");
            assertThat(xlsx.getKey()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getValue()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
                org.apache.poi.ss.usermodel.Row found = null;
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    if (sheet.getRow(i).getCell(0).getStringCellValue().equals(code)) {
                        found = sheet.getRow(i);
                    }
                }
                assertThat(found).isNotNull();
                assertThat(found.getCell(5).getNumericCellValue()).isEqualTo(7.0);
                assertThat(found.getCell(8).getStringCellValue()).isEqualTo("Xã Phong Điền");
            }
        }
        try (WebSession manager = new WebSession(server)) {
            manager.signIn(deskManager.name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page page = manager.get("/xu-ly/qua-han");
            assertThat(page.html().selectFirst("#overdue tr[data-code=" + code + "]")).isNull();
        }
    }

    @Test
    void a_paused_step_neither_warns_nor_breaches() {
        Actor handler = fixtures.staff(Role.HANDLER, desk, "Nguyễn Thị Xử Lý");
        String code = file("PHAN_ANH", "Thiếu ghế chờ ở khu một cửa.");
        clock.set("2026-04-24T09:00");
        workflow.act(handler, code, CaseCommand.accept(null, null));
        clock.set("2026-04-24T10:00");
        workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin ảnh khu chờ"));
        assertThat(step(code, Step.ANSWER).isPaused()).isTrue();
        clock.set("2026-07-01T09:00");
        scan.scan();
        assertThat(systemEvents(code)).isEmpty();
        assertThat(published(code)).isZero();
    }

    /** The scan on two threads at the same moment: the case lock lets one record, the other finds it done. */
    private void scanTwiceAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = List.of(pool.submit(() -> { go.await(); return scan.scan(); }),
                    pool.submit(() -> { go.await(); return scan.scan(); }));
            go.countDown();
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

package vn.hailong.access.users;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UsersAdminIT {

    @Inject
    EmbeddedServer server;

    @Inject
    TestUsers testUsers;

    @Inject
    Fixtures fixtures;

    @Inject
    Users users;

    private static final String USER_FORM = "form[data-testid=user-form]";

    /** The new-user form filled in as an admin would. */
    private static PageForm newUser(WebSession admin, String username, String fullName, Role role, String unitCode,
                                    String password) {
        return PageForm.open(admin, "/quan-tri/nguoi-dung/moi", USER_FORM).set("username", username)
                .set("fullName", fullName).select("role", role.name()).select("unitCode", unitCode)
                .set("password", password);
    }

    /** One of the buttons of a user's page (lock, unlock, reset password). */
    private static WebSession.Page press(WebSession admin, long userId, String action) {
        return PageForm.open(admin, "/quan-tri/nguoi-dung/" + userId, "form[action$=/" + action + "]").submit();
    }

    /** Fields assembled by hand: only for what no rendered form offers (a unit outside the admin's scope). */
    private static Map<String, String> forged(String username, String fullName, Role role, String unitCode,
                                              String password) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("username", username);
        f.put("fullName", fullName);
        f.put("role", role.name());
        f.put("unitCode", unitCode);
        f.put("password", password);
        return f;
    }

    @Test
    void an_admin_creates_a_user_who_can_then_sign_in() {
        Unit commune = fixtures.commune("Phường Thuận Hóa");
        String username = TestUsers.unique("nv");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document newForm = admin.get("/quan-tri/nguoi-dung/moi").html();
            assertThat(newForm.select("label[for=username], label[for=fullName], label[for=role], label[for=unitCode], label[for=password]"))
                    .hasSize(5);
            assertThat(newForm.select("#unitCode option[value=" + commune.code() + "]")).hasSize(1);

            WebSession.Page created = newUser(admin, username, "Trần Thị Hoa", Role.HANDLER, commune.code(),
                    "mat-khau-dai-du").submit();
            assertThat(created.status()).isEqualTo(303);
            WebSession.Page edit = admin.get(created.location());
            assertThat(edit.byTestId("flash").text()).isEqualTo("Đã tạo người dùng " + username + ".");
            assertThat(edit.html().selectFirst("#fullName").attr("value")).isEqualTo("Trần Thị Hoa");

            WebSession.Page list = admin.get("/quan-tri/nguoi-dung?q=" + username);
            assertThat(list.html().select("table#users tr[data-username=" + username + "]")).hasSize(1);
        }
        try (WebSession user = new WebSession(server)) {
            assertThat(user.signIn(username, "mat-khau-dai-du").status()).isEqualTo(303);
        }
        User saved = users.findByUsername(username).orElseThrow();
        assertThat(saved.passwordHash()).startsWith("$argon2id$");
        assertThat(saved.fullName()).isEqualTo("Trần Thị Hoa");
    }

    @Test
    void a_one_stop_officer_belongs_to_a_centre_and_not_to_the_commune_above_it() {
        Unit commune = fixtures.commune("Phường Thuận Hóa");
        Unit centre = fixtures.unitUnder(commune, "Trung tâm Phục vụ hành chính công phường Thuận Hóa",
                vn.hailong.organisation.UnitType.SERVICE_CENTRE_COMMUNE);
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document page = admin.get("/quan-tri/nguoi-dung/moi").html();
            WebSession.Page refused = admin.post("/quan-tri/nguoi-dung/moi",
                    officerForm(page, TestUsers.unique("canbo"), commune.code()));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("unitCode-error").text()).startsWith("Cán bộ một cửa phải thuộc một trung tâm");
            WebSession.Page created = admin.post("/quan-tri/nguoi-dung/moi",
                    officerForm(refused.html(), TestUsers.unique("canbo"), centre.code()));
            assertThat(created.status()).isEqualTo(303);
        }
    }

    /** The user form as rendered, filled in for a one-stop officer of the given unit. */
    private static Map<String, String> officerForm(Document page, String username, String unitCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        ((org.jsoup.nodes.FormElement) page.selectFirst("form[data-testid=user-form]")).formData()
                .forEach(kv -> fields.put(kv.key(), kv.value()));
        fields.put("username", username);
        fields.put("fullName", "Trần Thị Diệu Linh");
        fields.put("role", Role.OFFICER.name());
        fields.put("unitCode", unitCode);
        fields.put("password", "mat-khau-dai-du");
        return fields;
    }

    @Test
    void a_bad_submit_keeps_what_was_typed_and_marks_each_field() {
        Unit commune = fixtures.commune("Xã Phú Vang");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page rejected = newUser(admin, "Có Dấu!", "Lê Văn Tám", Role.UNIT_MANAGER, commune.code(),
                    "mat-khau-dai-du").submit();
            assertThat(rejected.status()).isEqualTo(422);
            Document html = rejected.html();
            assertThat(html.selectFirst("[data-testid=username-error]").text()).startsWith("Tên đăng nhập gồm");
            assertThat(html.selectFirst("#username").attr("aria-invalid")).isEqualTo("true");
            assertThat(html.selectFirst("#username").attr("value")).isEqualTo("Có Dấu!");
            assertThat(html.selectFirst("#fullName").attr("value")).isEqualTo("Lê Văn Tám");
            assertThat(html.selectFirst("#role option[selected]").attr("value")).isEqualTo("UNIT_MANAGER");
            assertThat(html.selectFirst("#unitCode option[selected]").attr("value")).isEqualTo(commune.code());
            assertThat(html.selectFirst("#password").attr("value")).isEmpty();

            WebSession.Page shortPassword = PageForm.of(admin, "/quan-tri/nguoi-dung/moi", rejected, USER_FORM)
                    .set("username", TestUsers.unique("nv")).select("role", Role.HANDLER.name()).set("password", "ngan")
                    .submit();
            assertThat(shortPassword.byTestId("password-error").text()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");

            WebSession.Page taken = newUser(admin, "admin", "Lê Văn Tám", Role.HANDLER, commune.code(),
                    "mat-khau-dai-du").submit();
            assertThat(taken.byTestId("username-error").text()).isEqualTo("Tên đăng nhập này đã có người dùng.");
        }
    }

    @Test
    void an_admin_of_a_commune_sees_and_manages_only_its_subtree() {
        Unit mine = fixtures.commune("Phường Phú Xuân");
        Unit other = fixtures.commune("Phường Kim Long");
        String communeAdmin = TestUsers.unique("qt");
        testUsers.create(communeAdmin, Role.ADMIN, mine.id());
        User colleague = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, mine.id());
        User stranger = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, other.id());
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(communeAdmin, TestUsers.PASSWORD);
            Document list = admin.get("/quan-tri/nguoi-dung").html();
            assertThat(list.select("tr[data-username=" + colleague.username() + "]")).hasSize(1);
            assertThat(list.select("tr[data-username=" + stranger.username() + "]")).isEmpty();
            assertThat(list.select("tr[data-username=admin]")).isEmpty();

            assertThat(admin.get("/quan-tri/nguoi-dung/" + stranger.id()).status()).isEqualTo(404);
            // by hand on purpose: no page offers another commune's users or units
            admin.get("/quan-tri/nguoi-dung/" + colleague.id());
            assertThat(admin.post("/quan-tri/nguoi-dung/" + stranger.id() + "/khoa", Map.of()).status()).isEqualTo(404);
            assertThat(users.findById(stranger.id()).orElseThrow().active()).isTrue();

            WebSession.Page outside = admin.post("/quan-tri/nguoi-dung/moi",
                    forged(TestUsers.unique("nv"), "Ngoài Phạm Vi", Role.HANDLER, other.code(), "mat-khau-dai-du"));
            assertThat(outside.status()).isEqualTo(422);
            assertThat(outside.byTestId("unitCode-error").text()).isEqualTo("Đơn vị này nằm ngoài phạm vi bạn được giao.");
            assertThat(outside.html().select("#unitCode option[value=" + other.code() + "]")).isEmpty();
        }
    }

    @Test
    void deactivating_a_user_ends_their_access_at_once_and_reactivating_restores_it() {
        User handler = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, testUsers.rootUnitId());
        try (WebSession user = new WebSession(server); WebSession admin = new WebSession(server)) {
            user.signIn(handler.username(), TestUsers.PASSWORD);
            assertThat(user.get("/").status()).isEqualTo(200);

            admin.signInAsAdmin();
            WebSession.Page done = press(admin, handler.id(), "khoa");
            assertThat(done.status()).isEqualTo(303);
            WebSession.Page page = admin.get(done.location());
            assertThat(page.byTestId("flash").text()).isEqualTo("Đã khóa tài khoản " + handler.username() + ".");
            assertThat(page.byTestId("user-inactive")).isNotNull();

            assertThat(user.get("/").status()).as("signed out by deactivation").isEqualTo(303);

            press(admin, handler.id(), "mo-khoa");
            try (WebSession again = new WebSession(server)) {
                assertThat(again.signIn(handler.username(), TestUsers.PASSWORD).status()).isEqualTo(303);
            }
        }
    }

    @Test
    void a_password_reset_ends_the_users_sessions_and_deactivation_ends_them_for_good() {
        User handler = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, testUsers.rootUnitId());
        try (WebSession phone = new WebSession(server); WebSession desk = new WebSession(server);
             WebSession admin = new WebSession(server)) {
            phone.signIn(handler.username(), TestUsers.PASSWORD);
            desk.signIn(handler.username(), TestUsers.PASSWORD);
            assertThat(phone.get("/").status()).isEqualTo(200);
            assertThat(desk.get("/").status()).isEqualTo(200);

            admin.signInAsAdmin();
            String password = press(admin, handler.id(), "dat-lai-mat-khau").byTestId("new-password").text();
            assertThat(phone.get("/").status()).as("signed out by the reset").isEqualTo(303);
            assertThat(desk.get("/").status()).as("signed out by the reset").isEqualTo(303);
            assertThat(admin.get("/").status()).as("the admin's own session is not the user's").isEqualTo(200);

            assertThat(desk.signIn(handler.username(), password).status()).isEqualTo(303);
            assertThat(desk.get("/").status()).isEqualTo(200);
            press(admin, handler.id(), "khoa");
            press(admin, handler.id(), "mo-khoa");
            assertThat(users.findById(handler.id()).orElseThrow().active()).isTrue();
            assertThat(desk.get("/").status()).as("reactivation does not revive old sessions").isEqualTo(303);
        }
    }

    @Test
    void an_admin_resetting_their_own_password_stays_signed_in_there_only() {
        String username = TestUsers.unique("qt");
        User self = testUsers.create(username, Role.ADMIN, testUsers.rootUnitId());
        try (WebSession here = new WebSession(server); WebSession elsewhere = new WebSession(server)) {
            here.signIn(username, TestUsers.PASSWORD);
            elsewhere.signIn(username, TestUsers.PASSWORD);
            press(here, self.id(), "dat-lai-mat-khau");
            assertThat(here.get("/").status()).isEqualTo(200);
            assertThat(elsewhere.get("/").status()).isEqualTo(303);
        }
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        String username = TestUsers.unique("qt");
        User self = testUsers.create(username, Role.ADMIN, testUsers.rootUnitId());
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(username, TestUsers.PASSWORD);
            press(admin, self.id(), "khoa");
            assertThat(users.findById(self.id()).orElseThrow().active()).isTrue();
        }
    }

    @Test
    void editing_changes_name_and_role_and_reset_shows_a_new_password_once() {
        User handler = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, testUsers.rootUnitId());
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page saved = PageForm.open(admin, "/quan-tri/nguoi-dung/" + handler.id(), USER_FORM)
                    .set("fullName", "Hoàng Thị Lý").select("role", Role.UNIT_MANAGER.name()).submit();
            assertThat(saved.status()).isEqualTo(303);
            User updated = users.findById(handler.id()).orElseThrow();
            assertThat(updated.fullName()).isEqualTo("Hoàng Thị Lý");
            assertThat(updated.role()).isEqualTo(Role.UNIT_MANAGER);

            WebSession.Page reset = press(admin, handler.id(), "dat-lai-mat-khau");
            String password = reset.byTestId("new-password").text();
            assertThat(password).hasSize(14);
            try (WebSession user = new WebSession(server)) {
                assertThat(user.signIn(handler.username(), TestUsers.PASSWORD).status()).isEqualTo(200);
                assertThat(user.signIn(handler.username(), password).status()).isEqualTo(303);
            }
        }
    }

    @Test
    void the_list_pages_and_searches() {
        Unit commune = fixtures.commune("Xã Quảng Điền");
        String admin = TestUsers.unique("qt");
        testUsers.create(admin, Role.ADMIN, commune.id());
        for (int i = 0; i < 22; i++) {
            testUsers.create(TestUsers.unique("pg" + i), Role.HANDLER, commune.id());
        }
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(admin, TestUsers.PASSWORD);
            WebSession.Page first = browser.get("/quan-tri/nguoi-dung");
            assertThat(first.byTestId("user-count").text()).isEqualTo("Có 23 người dùng");
            assertThat(first.html().select("table#users tbody tr")).hasSize(20);
            String next = first.html().selectFirst("[data-testid=pager] a[rel=next]").attr("href");
            assertThat(browser.get(next).html().select("table#users tbody tr")).hasSize(3);
            assertThat(browser.get("/quan-tri/nguoi-dung?q=pg7-").html().select("table#users tbody tr")).hasSize(1);
        }
    }
}

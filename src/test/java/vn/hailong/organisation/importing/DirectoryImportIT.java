package vn.hailong.organisation.importing;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

@MicronautTest(transactional = false)
@Property(name = "hailong.bootstrap.api-token", value = DirectoryImportIT.BOOTSTRAP)
class DirectoryImportIT {

    static final String BOOTSTRAP = "hl_test-bootstrap-token-for-import";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;
    @Inject
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    private Api.Response upload(String kind, String token, String csv) {
        return api.postBytes("/api/v1/import/" + kind, token, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> report(Api.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return json.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("rows");
    }

    @Test
    void a_good_units_file_creates_every_row_and_rows_may_refer_to_earlier_rows() throws Exception {
        String ward = unique("W");
        String centre = unique("TT");
        var report = report(upload("units", BOOTSTRAP, """
                code,name,type,parentCode,address,validFrom
                %s,Phường Thuận Hóa,WARD,46,,2025-07-01
                %s,Trung tâm Phục vụ hành chính công phường Thuận Hóa,SERVICE_CENTRE_COMMUNE,%s,"01 Lê Lai, phường Thuận Hóa",01/07/2025
                """.formatted(ward, centre, ward)));
        assertThat(report).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("errors", 0);
        assertThat(rows(report)).extracting(r -> r.get("row"), r -> r.get("code"), r -> r.get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ward, "CREATED"),
                        org.assertj.core.groups.Tuple.tuple(3, centre, "CREATED"));
        Unit stored = directory.unitByCode(centre).orElseThrow();
        assertThat(stored.name()).isEqualTo("Trung tâm Phục vụ hành chính công phường Thuận Hóa");
        assertThat(stored.address()).isEqualTo("01 Lê Lai, phường Thuận Hóa");
        assertThat(stored.type()).isEqualTo(UnitType.SERVICE_CENTRE_COMMUNE);
        assertThat(stored.parentId()).isEqualTo(directory.unitByCode(ward).orElseThrow().id());
        assertThat(stored.validFrom()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
    }

    @Test
    void bad_rows_are_reported_one_by_one_and_the_good_rows_are_stored() throws Exception {
        String sector = unique("S");
        assertThat(upload("sectors", BOOTSTRAP, "code,name,targetPct\n%s,Đất đai,\"85,5\"\n".formatted(sector)).status())
                .isEqualTo(200);
        assertThat(directory.sectorByCode(sector).orElseThrow().targetPct()).isEqualByComparingTo("85.5");
        String good1 = unique("1.013978");
        String good2 = unique("1.012784");
        var report = report(upload("procedures", BOOTSTRAP, """
                code,name,sectorCode,processingDays
                %s,Đăng ký đất đai lần đầu,%s,20
                ,Không có mã,%s,3
                %s,Thủ tục lạ,KHONG-CO,3
                %s,Tách thửa hoặc hợp thửa đất,%s,mười lăm
                %s,Tách thửa hoặc hợp thửa đất,%s,15
                """.formatted(good1, sector, sector, unique("X"), unique("Y"), sector, good2, sector)));
        assertThat(report).containsEntry("created", 2).containsEntry("errors", 3);
        List<Map<String, Object>> rows = rows(report);
        assertThat(rows).extracting(r -> r.get("status"))
                .containsExactly("CREATED", "ERROR", "ERROR", "ERROR", "CREATED");
        assertThat(rows.get(1)).containsEntry("row", 3).containsEntry("field", "code");
        assertThat(rows.get(2)).containsEntry("field", "sectorCode");
        assertThat((String) rows.get(2).get("message")).contains("Không có lĩnh vực KHONG-CO");
        assertThat(rows.get(3)).containsEntry("field", "processingDays");
        assertThat((String) rows.get(3).get("message")).contains("mười lăm");
        assertThat(directory.procedureByCode(good1).orElseThrow().processingDays()).isEqualTo(20);
        assertThat(directory.procedureByCode(good2).orElseThrow().name()).isEqualTo("Tách thửa hoặc hợp thửa đất");
    }

    @Test
    void an_existing_code_is_updated_and_an_identical_row_is_left_unchanged() throws Exception {
        Unit ward = fixtures.commune("Phường Kim Long");
        String counter = unique("Q");
        String officer = unique("CB");
        report(upload("counters", BOOTSTRAP, "code,name,unitCode\n%s,Quầy Tư pháp – Hộ tịch,%s\n".formatted(counter, ward.code())));
        String csv = "code,fullName,title,unitCode,counterCode\n%s,Tôn Nữ Minh Châu,Công chức,%s,%s\n"
                .formatted(officer, ward.code(), counter);
        assertThat(report(upload("officers", BOOTSTRAP, csv))).containsEntry("created", 1);
        assertThat(report(upload("officers", BOOTSTRAP, csv))).containsEntry("unchanged", 1).containsEntry("updated", 0);
        var changed = report(upload("officers", BOOTSTRAP, csv.replace("Công chức", "Công chức Tư pháp – Hộ tịch")));
        assertThat(changed).containsEntry("updated", 1).containsEntry("created", 0);
        assertThat(directory.officerByCode(officer).orElseThrow().title()).isEqualTo("Công chức Tư pháp – Hộ tịch");
        // a column absent from the header keeps its stored value
        report(upload("officers", BOOTSTRAP, "code,fullName,unitCode\n%s,Tôn Nữ Minh Châu,%s\n".formatted(officer, ward.code())));
        assertThat(directory.officerByCode(officer).orElseThrow().counterId()).isNotNull();
    }

    @Test
    void a_utf8_file_with_bom_and_semicolons_keeps_vietnamese_text_intact() throws Exception {
        String code = unique("W");
        String name = "Xã Chân Mây - Lăng Cô – Đồi Ngự Bình ỷ ặ ữ";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("Code;Name;Type;ParentCode\r\n%s;%s;commune;46\r\n".formatted(code, name)).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        var response = api.postBytes("/api/v1/import/units", BOOTSTRAP, "text/csv", file);
        assertThat(report(response)).containsEntry("created", 1);
        assertThat(directory.unitByCode(code).orElseThrow().name()).isEqualTo(name);
        assertThat(api.get("/api/v1/units/" + code, BOOTSTRAP).body()).contains(name);
    }

    @Test
    void an_unreadable_file_or_a_missing_header_is_a_400_problem() {
        var noHeader = upload("units", BOOTSTRAP, "19789,Phường Thuận Hóa,WARD,46\n");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.contentType()).startsWith("application/problem+json");
        assertThat(noHeader.body()).contains("Thiếu cột bắt buộc");

        var unknownColumn = upload("units", BOOTSTRAP, "code,name,type,parrentCode\nX1,Phường A,WARD,46\n");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.body()).contains("parrentCode");

        var empty = upload("officers", BOOTSTRAP, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");

        byte[] windows1258 = "code,name,targetPct\nS1,Đ\n".getBytes(StandardCharsets.UTF_8);
        windows1258[windows1258.length - 3] = (byte) 0xD0;
        windows1258[windows1258.length - 2] = (byte) 0xFF;
        var notUtf8 = api.postBytes("/api/v1/import/sectors", BOOTSTRAP, "text/csv", windows1258);
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.body()).contains("UTF-8");

        assertThat(upload("kiosks", BOOTSTRAP, "code\n").status()).isEqualTo(404);
    }

    @Test
    void an_admin_of_one_commune_cannot_import_into_another() throws Exception {
        Unit mine = fixtures.commune("Phường An Cựu");
        Unit other = fixtures.commune("Phường Vỹ Dạ");
        String token = fixtures.token(Role.ADMIN, mine);
        String inMine = unique("TT");
        String inOther = unique("TT");
        var report = report(upload("units", token, """
                code,name,type,parentCode
                %s,Trung tâm Phục vụ hành chính công phường An Cựu,SERVICE_CENTRE_COMMUNE,%s
                %s,Trung tâm Phục vụ hành chính công phường Vỹ Dạ,SERVICE_CENTRE_COMMUNE,%s
                """.formatted(inMine, mine.code(), inOther, other.code())));
        assertThat(rows(report)).extracting(r -> r.get("status")).containsExactly("CREATED", "ERROR");
        assertThat((String) rows(report).get(1).get("message")).contains("ngoài phạm vi");
        assertThat(directory.unitByCode(inOther)).isEmpty();

        String counterElsewhere = unique("Q");
        var counters = report(upload("counters", token, "code,name,unitCode\n%s,Quầy Kinh tế,%s\n"
                .formatted(counterElsewhere, other.code())));
        assertThat(counters).containsEntry("errors", 1);
        assertThat(directory.counterByCode(counterElsewhere)).isEmpty();

        // the catalogue (sectors, procedures) is the province's: a commune admin may not change it
        var sectors = report(upload("sectors", token, "code,name\n%s,Hộ tịch\n".formatted(unique("S"))));
        assertThat(sectors).containsEntry("errors", 1);
    }

    @Test
    void only_admins_may_import() {
        Unit ward = fixtures.commune("Phường Thủy Xuân");
        String manager = fixtures.token(Role.UNIT_MANAGER, ward);
        assertThat(upload("units", manager, "code,name,type,parentCode\n").status()).isEqualTo(403);
        assertThat(upload("units", null, "code,name,type,parentCode\n").status()).isEqualTo(401);
    }

    @Test
    void the_use_case_takes_an_input_stream_and_an_actor() {
        var actor = new vn.hailong.shared.security.Actor(vn.hailong.shared.security.Actor.Kind.USER, 1, "admin",
                Role.ADMIN, fixtures.province().id(), null);
        String code = unique("S");
        ImportReport report = importer.importCsv(actor, ImportKind.SECTORS,
                new ByteArrayInputStream("code,name,targetPct\n%s,Xây dựng,85\n".formatted(code).getBytes(StandardCharsets.UTF_8)));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.rows().get(0).status()).isEqualTo(RowStatus.CREATED);
    }

    @Inject
    DirectoryImport importer;
}

package vn.hailong.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataIT {

    @Inject
    DemoData demoData;
    @Inject
    DirectoryDemoData directoryDemoData;
    @Inject
    Directory directory;
    @Inject
    Kiosks kiosks;
    @Inject
    vn.hailong.access.users.persistence.Users users;
    @Inject
    DataSource contextual;
    @Inject
    io.micronaut.jdbc.DataSourceResolver resolver;

    @Test
    void loads_huế_with_real_communes_sectors_procedures_counters_officers_and_kiosks_and_a_second_run_changes_nothing()
            throws Exception {
        DemoData.Result first = demoData.load();
        assertThat(first.toString()).doesNotContain("ERRORS");
        Map<String, Long> afterFirst = counts();
        String fingerprint = fingerprint();

        Unit province = directory.unitByCode("46").orElseThrow();
        List<Unit> children = directory.children(province.id());
        List<Unit> communes = children.stream()
                .filter(u -> u.type() == UnitType.WARD || u.type() == UnitType.COMMUNE)
                .filter(u -> u.code().matches("\\d{5}")).toList();
        assertThat(communes).hasSizeGreaterThanOrEqualTo(8);
        assertThat(communes).extracting(Unit::code, Unit::name).contains(
                org.assertj.core.groups.Tuple.tuple("19789", "Phường Thuận Hóa"),
                org.assertj.core.groups.Tuple.tuple("19753", "Phường Phú Xuân"),
                org.assertj.core.groups.Tuple.tuple("19815", "Phường An Cựu"),
                org.assertj.core.groups.Tuple.tuple("20044", "Xã A Lưới 2"),
                org.assertj.core.groups.Tuple.tuple("19867", "Xã Quảng Điền"));
        for (Unit commune : communes) {
            List<Unit> centres = directory.children(commune.id()).stream()
                    .filter(u -> u.type() == UnitType.SERVICE_CENTRE_COMMUNE).toList();
            assertThat(centres).as(commune.name()).hasSize(1);
            Unit centre = centres.get(0);
            assertThat(centre.name()).startsWith("Trung tâm Phục vụ hành chính công ")
                    .endsWith(commune.name().substring(commune.name().indexOf(' ') + 1));
            assertThat(directory.countersOf(centre.id())).as(centre.name()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(directory.officersOf(centre.id())).as(centre.name()).isNotEmpty();
            assertThat(kiosks.existsByCode(centre.code() + ".K1")).as(centre.name()).isTrue();
        }
        Unit cityCentre = directory.unitByCode("46.TTPVHCC").orElseThrow();
        assertThat(cityCentre.name()).isEqualTo("Trung tâm Phục vụ hành chính công thành phố Huế");
        assertThat(cityCentre.type()).isEqualTo(UnitType.SERVICE_CENTRE_PROVINCE);
        assertThat(cityCentre.address()).startsWith("01 Lê Lai");
        assertThat(directory.countersOf(cityCentre.id())).extracting(c -> c.name())
                .contains("Quầy Sở Tư pháp", "Quầy Sở Nông nghiệp và Môi trường", "Quầy Công an thành phố Huế");
        assertThat(children).extracting(Unit::name).contains("Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ",
                "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ");

        assertThat(directory.sectorByCode("DAT-DAI").orElseThrow().targetPct()).isEqualByComparingTo(new BigDecimal("85"));
        assertThat(directory.sectorByCode("HO-TICH").orElseThrow().targetPct()).isEqualByComparingTo(new BigDecimal("90"));
        assertThat(directory.procedureByCode("1.001193").orElseThrow().name()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(directory.procedureByCode("1.004222").orElseThrow().processingDays()).isEqualTo(7);
        assertThat(directory.officerByCode("CB.19789.3").orElseThrow().fullName()).isEqualTo("Tôn Nữ Minh Châu");

        assertThat(count("SELECT COUNT(*) FROM sectors WHERE code IN (" + demoCodes(ImportKind.SECTORS) + ")")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM procedures WHERE code IN (" + demoCodes(ImportKind.PROCEDURES) + ")")).isGreaterThanOrEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM counters WHERE code IN (" + demoCodes(ImportKind.COUNTERS) + ")")).isGreaterThanOrEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM officers WHERE code IN (" + demoCodes(ImportKind.OFFICERS) + ")")).isGreaterThanOrEqualTo(50);

        // one staff account per role (issue 7.4); the officer belongs to Thuận Hóa's centre
        for (StaffDemoData.Account a : StaffDemoData.ACCOUNTS) {
            var user = users.findByUsername(a.username()).orElseThrow();
            assertThat(user.role()).isEqualTo(a.role());
            assertThat(directory.unitById(user.unitId()).orElseThrow().code()).isEqualTo(a.unitCode());
        }
        assertThat(StaffDemoData.ACCOUNTS).extracting(StaffDemoData.Account::role).containsExactlyInAnyOrder(
                vn.hailong.shared.security.Role.PROVINCE_MANAGER, vn.hailong.shared.security.Role.UNIT_MANAGER,
                vn.hailong.shared.security.Role.HANDLER, vn.hailong.shared.security.Role.OFFICER);

        DemoData.Result second = demoData.load();
        assertThat(second.toString()).doesNotContain("ERRORS").doesNotContain("kiosks 1").contains("kiosks 0 new");
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(fingerprint()).as("no row was rewritten on the second run").isEqualTo(fingerprint);
    }

    @Test
    void every_demo_file_imports_without_a_single_row_error_and_reloads_unchanged() {
        DemoContext context = new DemoContext(directory.unitByCode("46").orElseGet(() -> {
            demoData.load();
            return directory.unitByCode("46").orElseThrow();
        }), new vn.hailong.shared.security.Actor(vn.hailong.shared.security.Actor.Kind.USER, 0, "test",
                vn.hailong.shared.security.Role.ADMIN, directory.unitByCode("46").orElseThrow().id(), null),
                java.time.Clock.systemUTC(), DemoData.SEED);
        demoData.load();
        for (ImportKind kind : List.of(ImportKind.SECTORS, ImportKind.PROCEDURES, ImportKind.UNITS,
                ImportKind.COUNTERS, ImportKind.OFFICERS)) {
            ImportReport report = directoryDemoData.load(context, kind);
            assertThat(report.errors()).as(kind + ": " + report.rows()).isZero();
            assertThat(report.unchanged()).as(kind.path()).isEqualTo(report.rows().size());
        }
    }

    @Test
    void contributors_run_in_order_with_the_directory_first() {
        assertThat(demoData.contributors()).isNotEmpty();
        assertThat(demoData.contributors().get(0)).isInstanceOf(DirectoryDemoData.class);
    }

    private String demoCodes(ImportKind kind) throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/" + kind.path() + ".csv")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().skip(1).map(l -> "'" + l.substring(0, l.indexOf(',')) + "'")
                    .reduce((a, b) -> a + "," + b).orElseThrow();
        }
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("units", "sectors", "procedures", "counters", "officers", "kiosks", "api_tokens")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    /** The latest change time of each demo table: equal before and after a re-run means nothing was rewritten. */
    private String fingerprint() throws Exception {
        StringBuilder s = new StringBuilder();
        for (String table : List.of("units", "sectors", "procedures", "counters", "officers", "kiosks")) {
            try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT MAX(updated_at) FROM " + table)) {
                rs.next();
                s.append(table).append('=').append(rs.getString(1)).append(';');
            }
        }
        return s.toString();
    }

    private long count(String sql) throws Exception {
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

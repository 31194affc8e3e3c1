package vn.hailong.benchmark;

import io.micronaut.context.ApplicationContext;
import vn.hailong.demo.DemoData;
import vn.hailong.kiosk.KioskDraft;
import vn.hailong.kiosk.KioskRegistry;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.importing.DirectoryImport;
import vn.hailong.organisation.importing.ImportKind;
import vn.hailong.organisation.importing.ImportReport;
import vn.hailong.organisation.importing.RowResult;
import vn.hailong.organisation.importing.RowStatus;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The province the benchmark rates: the demo's directory (Thành phố Huế: the city centre, departments, 10 of the 40
 * communes and wards with their centres, sectors, procedures, counters, officers; loaded by {@link DemoData} through
 * the admins' CSV import) and the other 30 communes and wards of demo-province.md §1, each with its service centre,
 * the five commune counters, an officer at each and a kiosk, through the same import.
 */
final class BenchDirectory {

    /** The 30 communes and wards the demo leaves out: official code, name, WARD or COMMUNE. */
    private static final List<String[]> OTHER_COMMUNES = List.of(
            w("19804", "Hương An"), w("19819", "Phong Điền"), w("19828", "Phong Phú"), w("19831", "Phong Dinh"),
            w("19858", "Phong Thái"), w("19873", "Phong Quảng"), w("19900", "Thuận An"), w("19909", "Dương Nỗ"),
            w("19930", "Mỹ Thượng"), w("19960", "Phú Bài"), w("19969", "Thanh Thủy"), w("19975", "Hương Thủy"),
            w("19996", "Hương Trà"), w("20014", "Hóa Châu"), w("20017", "Kim Trà"),
            c("19885", "Đan Điền"), c("19918", "Phú Hồ"), c("19945", "Phú Vinh"), c("20035", "Bình Điền"),
            c("20050", "A Lưới 5"), c("20056", "A Lưới 1"), c("20071", "A Lưới 3"), c("20101", "A Lưới 4"),
            c("20122", "Vinh Lộc"), c("20131", "Hưng Lộc"), c("20137", "Chân Mây - Lăng Cô"), c("20140", "Lộc An"),
            c("20161", "Khe Tre"), c("20179", "Nam Đông"), c("20182", "Long Quảng"));

    private static final String[][] COUNTERS = {
            {"Quầy Tư pháp – Hộ tịch", "Công chức Tư pháp – Hộ tịch"},
            {"Quầy Đất đai – Xây dựng", "Công chức Địa chính – Xây dựng"},
            {"Quầy Kinh tế", "Công chức Kinh tế"},
            {"Quầy Văn hóa – Xã hội", "Công chức Văn hóa – Xã hội"},
            {"Quầy Công an %s", "Cán bộ Công an %s"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tôn Nữ", "Hồ Đắc"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Quang", "Minh", "Hữu", "Thị Thanh", "Đình", "Ngọc"};
    private static final String[] GIVEN = {"Hà", "Minh", "Nhung", "Bảo", "Lan", "Tuấn", "Hương", "Phúc", "Trang",
            "Khoa", "Thảo", "Long", "Vy", "Hiếu", "Quyên", "Sơn", "Yến", "Tâm", "Linh", "Đức"};

    private BenchDirectory() {
    }

    /** Loads the whole directory; returns how many communes and wards the province has. */
    static int load(ApplicationContext context) {
        context.getBean(DemoData.class).load();
        Unit province = context.getBean(ProvinceRoot.class).ensure();
        Actor admin = new Actor(Actor.Kind.USER, 0, "benchmark", Role.ADMIN, province.id(), null);
        DirectoryImport imports = context.getBean(DirectoryImport.class);

        StringBuilder units = new StringBuilder("code,name,type,parentCode,address,validFrom\n");
        StringBuilder counters = new StringBuilder("code,name,unitCode\n");
        StringBuilder officers = new StringBuilder("code,fullName,title,unitCode,counterCode\n");
        int person = 0;
        for (String[] commune : OTHER_COMMUNES) {
            String code = commune[0];
            boolean ward = commune[2].equals("WARD");
            String kind = ward ? "phường" : "xã";
            String fullName = (ward ? "Phường " : "Xã ") + commune[1];
            String centre = code + ".TTPVHCC";
            units.append(code).append(',').append(fullName).append(',').append(commune[2]).append(",46,,2025-07-01\n");
            units.append(centre).append(",Trung tâm Phục vụ hành chính công ").append(kind).append(' ')
                    .append(commune[1]).append(",SERVICE_CENTRE_COMMUNE,").append(code).append(",,2025-07-01\n");
            for (int q = 0; q < COUNTERS.length; q++) {
                String counter = centre + ".Q" + (q + 1);
                counters.append(counter).append(',').append(COUNTERS[q][0].formatted(kind)).append(',').append(centre).append('\n');
                String name = FAMILY[person % FAMILY.length] + " " + MIDDLE[(person / 3) % MIDDLE.length] + " "
                        + GIVEN[(person * 7) % GIVEN.length];
                person++;
                officers.append("CB.").append(code).append('.').append(q + 1).append(',').append(name).append(',')
                        .append(COUNTERS[q][1].formatted(kind)).append(',').append(centre).append(',').append(counter).append('\n');
            }
        }
        load(imports, admin, ImportKind.UNITS, units);
        load(imports, admin, ImportKind.COUNTERS, counters);
        load(imports, admin, ImportKind.OFFICERS, officers);
        KioskRegistry kiosks = context.getBean(KioskRegistry.class);
        for (String[] commune : OTHER_COMMUNES) {
            String centre = commune[0] + ".TTPVHCC";
            kiosks.registerTrusted(new KioskDraft(centre + ".K1", "Ki-ốt đánh giá – " + centre, centre, null, null));
        }
        return 10 + OTHER_COMMUNES.size();
    }

    private static void load(DirectoryImport imports, Actor admin, ImportKind kind, CharSequence csv) {
        ImportReport report = imports.importCsv(admin, kind,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        for (RowResult row : report.rows()) {
            if (row.status() == RowStatus.ERROR) {
                throw new IllegalStateException("Benchmark directory " + kind + " row " + row.row() + " (" + row.code()
                        + "): " + row.message());
            }
        }
    }

    private static String[] w(String code, String name) {
        return new String[] {code, name, "WARD"};
    }

    private static String[] c(String code, String name) {
        return new String[] {code, name, "COMMUNE"};
    }
}

package vn.hailong.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The directory as the rating generator sees it: every service centre with its kiosk and its counters, each
 * counter with its officer, the procedures of the sectors it serves (by a fragment of its name, as the demo's
 * ratings do) and how busy it is; every centre with its size and quality, every officer with their own.
 */
final class BenchProvince {

    record Seat(long counterId, long officerId, long[] procedures, boolean[] weak, double weight, double officerBias) {
    }

    record Centre(long unitId, String code, long kioskId, Seat[] seats, double totalWeight, double size, double bias) {
    }

    /** Sectors served by a counter, by a fragment of its name (first match wins), and its share of the centre. */
    private static final Map<String, Object[]> COUNTER_SECTORS = new LinkedHashMap<>();

    static {
        counter("Sở Tư pháp", 1.6, "LY-LICH-TU-PHAP", "CHUNG-THUC");
        counter("Sở Tài chính", 1.3, "DANG-KY-DOANH-NGHIEP");
        counter("Sở Nông nghiệp và Môi trường", 1.8, "DAT-DAI");
        counter("Sở Xây dựng", 2.0, "XAY-DUNG", "GIAY-PHEP-LAI-XE", "DUONG-BO");
        counter("Sở Nội vụ", 0.8, "NGUOI-CO-CONG");
        counter("Sở Giáo dục", 0.7, "GIAO-DUC");
        counter("Sở Văn hóa", 0.5, "VAN-HOA");
        counter("Công an thành phố", 2.0, "CAN-CUOC", "CU-TRU");
        counter("Thuế", 1.2);
        counter("Bảo hiểm xã hội", 1.2);
        counter("Tư pháp – Hộ tịch", 3.0, "HO-TICH", "CHUNG-THUC");
        counter("Đất đai – Xây dựng", 2.2, "DAT-DAI", "XAY-DUNG");
        counter("Kinh tế", 1.1, "HO-KINH-DOANH");
        counter("Văn hóa – Xã hội", 1.4, "BAO-TRO-XA-HOI", "NGUOI-CO-CONG", "GIAM-NGHEO", "GIAO-DUC", "VAN-HOA");
        counter("Công an", 2.2, "CU-TRU", "CAN-CUOC");
    }

    /** Ratings per working day of the demo's centres, relative; the other communes get 12..45 at random. */
    private static final Map<String, Double> CENTRE_SIZE = Map.ofEntries(
            Map.entry("46.TTPVHCC", 60.0), Map.entry("19789.TTPVHCC", 54.0), Map.entry("19753.TTPVHCC", 50.0),
            Map.entry("19815.TTPVHCC", 46.0), Map.entry("19777.TTPVHCC", 43.0), Map.entry("19813.TTPVHCC", 40.0),
            Map.entry("19774.TTPVHCC", 37.0), Map.entry("19942.TTPVHCC", 36.0), Map.entry("20107.TTPVHCC", 34.0),
            Map.entry("19867.TTPVHCC", 32.0), Map.entry("20044.TTPVHCC", 26.0));
    private static final List<String> WEAK_SECTORS = List.of("DAT-DAI", "XAY-DUNG");
    /** Officers with clearly more unhappy citizens (as in the demo) and a few more among the other communes. */
    private static final List<String> UNHAPPY_OFFICERS = List.of("CB.19789.1", "CB.19813.5", "CB.46.12",
            "CB.19909.3", "CB.20131.5");

    final List<Centre> centres;

    private BenchProvince(List<Centre> centres) {
        this.centres = centres;
    }

    private static void counter(String fragment, double weight, String... sectors) {
        COUNTER_SECTORS.put(fragment, new Object[] {weight, List.of(sectors)});
    }

    static BenchProvince read(Connection c, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<Long>> bySector = new HashMap<>();
        for (Object[] row : rows(c, "SELECT p.id, s.code FROM procedures p JOIN sectors s ON s.id = p.sector_id"
                + " WHERE p.active ORDER BY p.code")) {
            bySector.computeIfAbsent((String) row[1], k -> new ArrayList<>()).add((Long) row[0]);
        }
        Map<Long, Long> kioskOf = new HashMap<>();
        for (Object[] row : rows(c, "SELECT unit_id, MIN(id) FROM kiosks WHERE active GROUP BY unit_id")) {
            kioskOf.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Object[]> officerAt = new HashMap<>();
        for (Object[] row : rows(c, "SELECT counter_id, id, code FROM officers WHERE active AND counter_id IS NOT NULL ORDER BY code")) {
            officerAt.putIfAbsent((Long) row[0], row);
        }
        Map<Long, List<Object[]>> countersOf = new HashMap<>();
        for (Object[] row : rows(c, "SELECT unit_id, id, name FROM counters WHERE active ORDER BY code")) {
            countersOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        List<Centre> centres = new ArrayList<>();
        for (Object[] unit : rows(c, "SELECT id, code FROM units WHERE type IN ('SERVICE_CENTRE_PROVINCE',"
                + " 'SERVICE_CENTRE_COMMUNE') AND active ORDER BY code")) {
            long unitId = (Long) unit[0];
            String code = (String) unit[1];
            List<Seat> seats = new ArrayList<>();
            double total = 0;
            for (Object[] counter : countersOf.getOrDefault(unitId, List.of())) {
                String name = (String) counter[2];
                Object[] served = COUNTER_SECTORS.entrySet().stream().filter(e -> name.contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(new Object[] {0.5, List.of()});
                List<Long> procedures = new ArrayList<>();
                List<Boolean> weak = new ArrayList<>();
                for (Object sector : (List<?>) served[1]) {
                    for (Long p : bySector.getOrDefault((String) sector, List.of())) {
                        procedures.add(p);
                        weak.add(WEAK_SECTORS.contains(sector));
                    }
                }
                Object[] officer = officerAt.get((Long) counter[1]);
                double officerBias = officer == null ? 0
                        : UNHAPPY_OFFICERS.contains((String) officer[2]) ? -0.22 : gaussian(random) * 0.025;
                double weight = (Double) served[0];
                boolean[] weakFlags = new boolean[weak.size()];
                for (int i = 0; i < weakFlags.length; i++) {
                    weakFlags[i] = weak.get(i);
                }
                seats.add(new Seat((Long) counter[1], officer == null ? 0 : (Long) officer[1],
                        procedures.stream().mapToLong(Long::longValue).toArray(), weakFlags, weight, officerBias));
                total += weight;
            }
            if (seats.isEmpty()) {
                continue;
            }
            double size = CENTRE_SIZE.getOrDefault(code, 12 + 33 * Math.pow(random.nextDouble(), 1.5));
            centres.add(new Centre(unitId, code, kioskOf.getOrDefault(unitId, 0L), seats.toArray(Seat[]::new), total,
                    size, (random.nextDouble() - 0.5) * 0.025));
        }
        return new BenchProvince(List.copyOf(centres));
    }

    int officers() {
        return (int) centres.stream().flatMap(c -> java.util.Arrays.stream(c.seats())).filter(s -> s.officerId() != 0).count();
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                    if (row[i] instanceof Integer n) {
                        row[i] = n.longValue();
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

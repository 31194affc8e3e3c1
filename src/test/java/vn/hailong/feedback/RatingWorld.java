package vn.hailong.feedback;

import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

/**
 * A commune with a sector, a procedure, a counter, an officer at it and a kiosk bound to the counter, built
 * through the public API with an admin token. Codes are unique per world, so tests do not share data.
 */
public final class RatingWorld {

    public final Unit unit;
    public final String admin;
    public final String sector = unique("S");
    public final String procedure = unique("P");
    public final String counter = unique("Q");
    public final String officer = unique("CB");
    public final String kioskCode = unique("K");
    public final String kioskToken;

    public RatingWorld(Fixtures fixtures, Api api) {
        unit = fixtures.commune("Xã Hòa Vang " + unique("n"));
        admin = fixtures.token(Role.ADMIN, fixtures.province());
        ok(api.post("/api/v1/sectors", admin, """
                {"code":"%s","name":"Hộ tịch","targetPct":90}""".formatted(sector)));
        ok(api.post("/api/v1/procedures", admin, """
                {"code":"%s","name":"Đăng ký khai sinh","sectorCode":"%s","processingDays":1}""".formatted(procedure, sector)));
        ok(api.post("/api/v1/counters", admin, """
                {"code":"%s","name":"Quầy 1 – Tư pháp","unitCode":"%s"}""".formatted(counter, unit.code())));
        ok(api.post("/api/v1/officers", admin, """
                {"code":"%s","fullName":"Nguyễn Thị Lan","unitCode":"%s","counterCode":"%s"}""".formatted(officer, unit.code(), counter)));
        Api.Response kiosk = ok(api.post("/api/v1/kiosks", admin, """
                {"code":"%s","name":"Ki-ốt quầy 1","unitCode":"%s","counterCode":"%s"}""".formatted(kioskCode, unit.code(), counter)));
        kioskToken = field(kiosk.body(), "token");
    }

    static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }

    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
        assertThat(m.find()).as("field " + name + " in " + json).isTrue();
        return m.group(1);
    }
}

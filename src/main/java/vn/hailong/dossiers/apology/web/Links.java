package vn.hailong.dossiers.apology.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of a dossier's apology pages (the code is the one-stop software's: encoded, it may hold anything). */
final class Links {

    private Links() {
    }

    static String form(String code) {
        return "/ho-so/" + encode(code) + "/xin-loi";
    }

    static String letter(String code) {
        return "/ho-so/" + encode(code) + "/phieu-xin-loi";
    }

    static String pdf(String code) {
        return letter(code) + ".pdf";
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package vn.hailong.invitations;

import java.util.List;
import java.util.Locale;

/**
 * A unit's name as an SMS can afford it: "Trung tâm Phục vụ hành chính công phường Thuận Hóa" is "phường Thuận Hóa"
 * (the place is what the citizen recognises; the kind of office is the same everywhere).
 */
public final class UnitShortNames {

    /** Office kinds that lead a unit's name, longest first. */
    private static final List<String> PREFIXES = List.of(
            "trung tâm phục vụ hành chính công", "bộ phận tiếp nhận và trả kết quả", "bộ phận một cửa",
            "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd");

    private UnitShortNames() {
    }

    public static String of(String name) {
        String stripped = name.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix) && stripped.length() > prefix.length()) {
                String rest = stripped.substring(prefix.length()).strip();
                if (!rest.isEmpty()) {
                    return rest;
                }
            }
        }
        return stripped;
    }
}

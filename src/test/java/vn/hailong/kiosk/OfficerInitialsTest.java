package vn.hailong.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class OfficerInitialsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Nguyễn Thị Lan                                              | NL",
            "Nguyễn Thị Phương Thảo                                      | NT",
            "Tôn Nữ Thị Ngọc Hân — Chuyên viên Phòng Lao động - Xã hội   | TH",
            "Trần Văn Đức - Phó Chủ tịch UBND xã                         | TĐ",
            "Lê Thị Ánh Tuyết – Công chức Tư pháp - Hộ tịch              | LT",
            "Phạm Quang Huy, Trưởng bộ phận Một cửa                      | PH",
            "Đặng Thu Hà (Văn phòng HĐND và UBND)                        | ĐH",
            "  ỷ   lan  ,                                                | ỶL",
            "Thảo                                                        | T",
            "Nguyễn Thị Hồng-Nhung                                       | NH",
    })
    void familyAndGivenNameInitialsWithoutTitle(String fullName, String expected) {
        assertThat(KioskDevices.initials(fullName)).isEqualTo(expected);
    }

    @Test
    void aLetterTypedDecomposedIsOneLetter() {
        String decomposed = Normalizer.normalize("Ấu Thị Ánh", Normalizer.Form.NFD);
        assertThat(KioskDevices.initials(decomposed)).isEqualTo("ẤÁ");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "', Chuyên viên'"})
    void noNameGivesAQuestionMark(String fullName) {
        assertThat(KioskDevices.initials(fullName)).isEqualTo("?");
    }
}

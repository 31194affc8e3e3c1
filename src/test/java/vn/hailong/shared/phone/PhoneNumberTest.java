package vn.hailong.shared.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0912345678         | +84912345678",
            "0912 345 678       | +84912345678",
            "0912.345.678       | +84912345678",
            "0912-345-678       | +84912345678",
            "84912345678        | +84912345678",
            "+84912345678       | +84912345678",
            "+84 912 345 678    | +84912345678",
            "0084912345678      | +84912345678",
            "912345678          | +84912345678",
            "0862345678         | +84862345678",
            "0388888888         | +84388888888",
            "0701234567         | +84701234567",
            "0561234567         | +84561234567",
    })
    void vietnamese_mobile_input_is_normalised_to_e164(String input, String e164) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "01201234567        | +84701234567",
            "0121 123 4567      | +84791234567",
            "01231234567        | +84831234567",
            "01241234567        | +84841234567",
            "01621234567        | +84321234567",
            "01691234567        | +84391234567",
            "01861234567        | +84561234567",
            "01991234567        | +84591234567",
            "+841681234567      | +84381234567",
            "841291234567       | +84821234567",
    })
    void legacy_eleven_digit_mobile_numbers_map_to_their_ten_digit_successors(String input, String e164) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02438256789", "024 3825 6789", "1900 1234", "113", "12345", "abc", "0912 345 67x",
            "+16502530000", "091234567890", "0000000000", "01301234567"})
    void anything_but_a_vietnamese_mobile_number_is_refused_with_a_message_key(String input) {
        assertThatThrownBy(() -> PhoneNumber.parse(input))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageStartingWith("phone.error.")
                .hasMessageNotContaining(input.strip());
    }

    @Test
    void an_empty_number_is_refused() {
        assertThatThrownBy(() -> PhoneNumber.parse("  ")).isInstanceOf(InvalidPhoneNumber.class)
                .hasMessage(InvalidPhoneNumber.EMPTY);
    }

    @Test
    void to_string_is_masked_and_the_last_four_digits_are_available_for_tracking() {
        PhoneNumber phone = PhoneNumber.parse("0912 345 678");
        assertThat(phone.toString()).isEqualTo("+8491*****78").doesNotContain("345");
        assertThat(phone.masked()).isEqualTo("+8491*****78");
        assertThat(phone.lastFour()).isEqualTo("5678");
        assertThat(String.valueOf(Map.of("phone", phone))).doesNotContain("912345678");
    }

    @Test
    void equal_numbers_typed_differently_are_equal() {
        assertThat(PhoneNumber.parse("0912.345.678")).isEqualTo(PhoneNumber.parse("+84 912 345 678"))
                .hasSameHashCodeAs(PhoneNumber.parse("84912345678"));
    }

    @Test
    void the_legacy_prefix_table_is_data_with_all_carriers_of_domain_8_1() {
        LegacyMobilePrefixes table = LegacyMobilePrefixes.load();
        assertThat(table.size()).isEqualTo(21);
        assertThat(table.modernise("01281234567")).contains("0781234567");
        assertThat(table.modernise("0912345678")).isEmpty();
        assertThatThrownBy(() -> new LegacyMobilePrefixes(Map.of("120", "70")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

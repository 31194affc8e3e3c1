package vn.hailong.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.support.Sql;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database remembers which personal-data key it was set up with; a start with another key is refused. */
@MicronautTest(transactional = false)
class PersonalDataKeyCheckIT {

    @Inject
    Sql sql;
    @Inject
    PersonalDataCipher cipher;

    @Test
    void the_first_start_stores_the_key_check_value_and_a_start_with_another_key_is_refused() {
        assertThat(sql.column("SELECT value FROM app_settings WHERE name = ?", PersonalDataKeyCheck.SETTING))
                .containsExactly(cipher.keyCheckValue());

        byte[] other = new byte[PersonalDataCipher.KEY_BYTES];
        Arrays.fill(other, (byte) 42);
        assertThatThrownBy(() -> {
            try (ApplicationContext ignored = ApplicationContext.builder()
                    .properties(Map.of("hailong.crypto.key", Base64.getEncoder().encodeToString(other))).start()) {
                // never reached
            }
        }).rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the key this database's phone numbers were encrypted with");

        // nothing was overwritten: the right key still starts
        assertThat(sql.column("SELECT value FROM app_settings WHERE name = ?", PersonalDataKeyCheck.SETTING))
                .containsExactly(cipher.keyCheckValue());
        try (ApplicationContext again = ApplicationContext.builder().start()) {
            assertThat(again.getBean(PersonalDataCipher.class).keyCheckValue()).isEqualTo(cipher.keyCheckValue());
        }
    }
}

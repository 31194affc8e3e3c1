package vn.hailong.shared.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    static final String PURPOSE = "complaints.citizen_phone";
    static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    @Test
    void a_value_round_trips_and_the_ciphertext_does_not_show_it() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        byte[] sealed = cipher.encrypt("+84912345678", PURPOSE);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("912345678");
        assertThat(cipher.decrypt(sealed, PURPOSE)).isEqualTo("+84912345678");
    }

    @Test
    void the_same_value_encrypts_differently_each_time_but_has_one_blind_index() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        assertThat(cipher.encrypt("+84912345678", PURPOSE)).isNotEqualTo(cipher.encrypt("+84912345678", PURPOSE));
        assertThat(cipher.blindIndex("+84912345678", PURPOSE)).isEqualTo(cipher.blindIndex("+84912345678", PURPOSE))
                .hasSize(64).isNotEqualTo(cipher.blindIndex("+84912345679", PURPOSE));
    }

    @Test
    void the_blind_index_depends_on_the_key_so_it_cannot_be_rebuilt_from_a_list_of_numbers() {
        assertThat(new PersonalDataCipher(key(7)).blindIndex("+84912345678", PURPOSE))
                .isNotEqualTo(new PersonalDataCipher(key(8)).blindIndex("+84912345678", PURPOSE));
    }

    @Test
    void another_key_another_purpose_or_a_flipped_bit_does_not_decrypt() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        byte[] sealed = cipher.encrypt("+84912345678", PURPOSE);
        assertThatThrownBy(() -> new PersonalDataCipher(key(8)).decrypt(sealed, PURPOSE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "dossiers.citizen_phone")).isInstanceOf(IllegalArgumentException.class);
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(altered, PURPOSE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[] {1, 2, 3}, PURPOSE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_configured_key_is_used_as_given(@TempDir Path dir) {
        String configured = Base64.getEncoder().encodeToString(key(9));
        assertThat(PersonalDataKey.resolve(configured, dir, false)).isEqualTo(key(9));
        assertThat(dir.resolve(PersonalDataKey.FILE_NAME)).doesNotExist();
        assertThatThrownBy(() -> PersonalDataKey.resolve(Base64.getEncoder().encodeToString(new byte[16]), dir, false))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PersonalDataKey.resolve("not base64!", dir, false)).hasMessageContaining("base64");
    }

    @Test
    void without_a_configured_key_one_is_generated_once_into_an_owner_only_file(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        byte[] first = PersonalDataKey.resolve(null, db, false);
        Path file = db.resolve(PersonalDataKey.FILE_NAME);
        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
        assertThat(PersonalDataKey.resolve("  ", db, false)).isEqualTo(first);
    }

    @Test
    void with_an_external_database_and_no_configured_key_start_up_is_refused_and_no_key_is_generated(@TempDir Path dir) {
        Path db = dir.resolve("db");
        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> PersonalDataKey.resolve(missing, db, true))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HAILONG_CRYPTO_KEY is not set").hasMessageContaining("external database");
        }
        assertThat(db.resolve(PersonalDataKey.FILE_NAME)).doesNotExist();
        String configured = Base64.getEncoder().encodeToString(key(9));
        assertThat(PersonalDataKey.resolve(configured, db, true)).isEqualTo(key(9));
    }

    @Test
    void the_fingerprint_and_key_check_value_depend_on_the_key_and_differ_from_the_blind_index() {
        PersonalDataCipher cipher = new PersonalDataCipher(key(7));
        assertThat(cipher.fingerprint("a\u001fb", "x")).hasSize(64).isEqualTo(cipher.fingerprint("a\u001fb", "x"))
                .isNotEqualTo(new PersonalDataCipher(key(8)).fingerprint("a\u001fb", "x"))
                .isNotEqualTo(cipher.blindIndex("a\u001fb", "x"))
                .isNotEqualTo(vn.hailong.shared.ids.Digests.sha256("a\u001fb"));
        assertThat(cipher.keyCheckValue()).hasSize(64).isEqualTo(new PersonalDataCipher(key(7)).keyCheckValue())
                .isNotEqualTo(new PersonalDataCipher(key(8)).keyCheckValue());
    }
}

package vn.hailong.access.tokens;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import org.junit.jupiter.api.Test;
import vn.hailong.database.EmbeddedDatabaseConfigurer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HAILONG_BOOTSTRAP_API_TOKEN must be 32..200 characters, or the service does not start. */
class BootstrapTokenStrengthIT {

    @Test
    void a_short_or_overlong_bootstrap_token_fails_the_start_with_a_clear_message() {
        for (String secret : new String[] {"admin", "x".repeat(31), "y".repeat(201)}) {
            assertThatThrownBy(() -> {
                ApplicationContextBuilder builder = ApplicationContext.builder().environments("test")
                        .properties(Map.of("hailong.bootstrap.api-token", secret, "micronaut.server.port", -1));
                new EmbeddedDatabaseConfigurer().configure(builder);
                builder.start().close(); // must not get past start()
            }).as(secret.length() + " characters")
                    .hasStackTraceContaining("HAILONG_BOOTSTRAP_API_TOKEN")
                    .hasStackTraceContaining("32 to 200 characters long, not " + secret.length());
        }
    }

    @Test
    void the_bounds_are_32_and_200() {
        assertThat(TokenSecret.weaknessOfChosen("a".repeat(32))).isNull();
        assertThat(TokenSecret.weaknessOfChosen("a".repeat(200))).isNull();
        assertThat(TokenSecret.weaknessOfChosen("a".repeat(31))).isNotNull();
        assertThat(TokenSecret.weaknessOfChosen(null)).isNotNull();
        assertThat(TokenSecret.generate().length()).isBetween(32, 200);
    }
}

package vn.hailong.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.errors.RuleViolation;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one mapper from a broken rule to words, and the collector that reports every broken field at once. */
class RuleViolationMessagesTest {

    private final RuleViolationMessages messages =
            new RuleViolationMessages(new MessageBundle("i18n.organisation"), null);

    @Test
    void a_problem_is_put_into_words_in_the_language_asked_for_with_its_arguments() {
        RuleViolation taken = RuleViolation.conflict("code", "organisation.error.unit.codeTaken", "UBND-X");

        assertThat(messages.detail(taken, Locale.ENGLISH)).isEqualTo("The unit code UBND-X already exists.");
        assertThat(messages.detail(taken, RuleViolationMessages.VIETNAMESE)).isEqualTo("Mã đơn vị UBND-X đã tồn tại.");
    }

    @Test
    void an_unknown_key_shows_as_itself_rather_than_nothing() {
        assertThat(messages.text(RuleViolation.Problem.of(null, "organisation.no.such.key"), Locale.ENGLISH))
                .isEqualTo("organisation.no.such.key");
    }

    @Test
    void the_api_language_comes_from_accept_language_and_defaults_to_vietnamese() {
        assertThat(RuleViolationMessages.requested(HttpRequest.GET("/api/v1/units")))
                .isEqualTo(RuleViolationMessages.VIETNAMESE);
        assertThat(RuleViolationMessages.requested(request("en-GB,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
        assertThat(RuleViolationMessages.requested(request("vi-VN,vi;q=0.9,en;q=0.5")))
                .isEqualTo(RuleViolationMessages.VIETNAMESE);
        assertThat(RuleViolationMessages.requested(request("fr-FR"))).isEqualTo(RuleViolationMessages.VIETNAMESE);
        assertThat(RuleViolationMessages.requested(request("fr;q=1,en;q=0.2"))).isEqualTo(Locale.ENGLISH);
        assertThat(RuleViolationMessages.requested(request(";;;q=x"))).isEqualTo(RuleViolationMessages.VIETNAMESE);
    }

    @Test
    void a_builder_reports_every_broken_field_at_once_and_the_first_message_of_a_field_wins() {
        RuleViolation.Builder problems = RuleViolation.builder();
        problems.invalid("code", "organisation.error.code.required");
        problems.invalid("code", "organisation.error.code.format");
        String name = problems.check(() -> {
            throw RuleViolation.invalid("name", "organisation.error.name.required");
        });
        problems.check(() -> "fine");

        assertThat(name).isNull();
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.kind()).isEqualTo(RuleViolation.Kind.INVALID);
            assertThat(e.problems()).extracting(RuleViolation.Problem::field).containsExactly("code", "name");
            assertThat(FormErrors.of(e).byField()).containsOnlyKeys("code", "name");
            assertThat(messages.detail(e, Locale.ENGLISH)).isEqualTo("Please enter a code. Please enter a name.");
        });
        RuleViolation.builder().throwIfAny();
    }

    @Test
    void a_check_that_finds_nothing_or_is_forbidden_stops_at_once() {
        RuleViolation.Builder problems = RuleViolation.builder();
        assertThatThrownBy(() -> problems.check(() -> {
            throw RuleViolation.forbidden("organisation.error.scope.outside");
        })).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThat(problems.isEmpty()).isTrue();
    }

    private static HttpRequest<?> request(String acceptLanguage) {
        return HttpRequest.GET("/api/v1/units").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
}

package vn.hailong.sms.fake;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake's signing agrees with the SDK's checking, with ports, queries and Vietnamese text. */
class TwilioSignaturesTest {

    @Test
    void a_signature_made_here_is_valid_for_the_sdk_and_any_change_breaks_it() {
        String token = "12345";
        Map<String, String> params = Map.of("MessageSid", "SM123", "From", "+84912345678", "To", "+84899990000",
                "Body", "5 Cán bộ rất nhiệt tình & chu đáo");
        for (String url : new String[]{"https://hailong.example.vn/sms/twilio/inbound",
                "http://127.0.0.1:18080/sms/twilio/status", "https://x.example/sms/twilio/status?a=1&b=2"}) {
            String signature = TwilioSignatures.sign(token, url, params);
            RequestValidator validator = new RequestValidator(token);
            assertThat(validator.validate(url, params, signature)).as(url).isTrue();
            assertThat(validator.validate(url + "x", params, signature)).isFalse();
            assertThat(new RequestValidator("other").validate(url, params, signature)).isFalse();
        }
        // Twilio's documented example
        assertThat(TwilioSignatures.sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2",
                Map.of("Digits", "1234", "To", "+18005551212", "From", "+14158675310", "Caller", "+14158675310",
                        "CallSid", "CA1234567890ABCDE"))).isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }
}

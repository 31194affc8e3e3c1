package vn.hailong.sms.twilio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioGatewayTest {

    @Test
    void numbers_in_twilios_error_messages_are_masked_before_they_are_stored() {
        assertThat(TwilioGateway.masked("Invalid 'To' Phone Number: +84399777888"))
                .isEqualTo("Invalid 'To' Phone Number: +8439*****88");
        assertThat(TwilioGateway.masked("The 'To' number 0912345678 is not valid"))
                .isEqualTo("The 'To' number 09123***78 is not valid");
        assertThat(TwilioGateway.masked("Error 21211 at 2026")).isEqualTo("Error 21211 at 2026");
        assertThat(TwilioGateway.masked(null)).isNull();
    }
}

package vn.hailong.invitations.replies.twilio;

import org.junit.jupiter.api.Test;
import vn.hailong.sms.twilio.TwilioClients;
import vn.hailong.sms.twilio.TwilioSettings;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioMessageHistoryTest {

    @Test
    void without_an_account_there_is_no_list_to_read() {
        TwilioSettings none = new TwilioSettings();
        none.setFrom("+15005550006");
        assertThat(new TwilioMessageHistory(new TwilioClients(none)).inboundSince(Instant.EPOCH)).isEmpty();
    }
}

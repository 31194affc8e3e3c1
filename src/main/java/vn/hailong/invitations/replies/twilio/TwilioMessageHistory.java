package vn.hailong.invitations.replies.twilio;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageReader;
import jakarta.inject.Singleton;
import vn.hailong.invitations.replies.InboundSms;
import vn.hailong.invitations.replies.MessageHistory;
import vn.hailong.sms.twilio.TwilioClients;
import vn.hailong.sms.twilio.TwilioSettings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads Twilio's message list through the SDK ({@code GET /2010-04-01/Accounts/{sid}/Messages.json}, filter
 * {@code DateSent>}, the SDK following {@code next_page_uri}), keeping the inbound messages to our sender: to our
 * number when {@code hailong.twilio.from} is one (the list is filtered by {@code To}), or to any number of our
 * Messaging Service when it is an MG... SID.
 */
@Singleton
class TwilioMessageHistory implements MessageHistory {

    private static final long PAGE_SIZE = 100;

    private final TwilioClients clients;

    TwilioMessageHistory(TwilioClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<List<InboundSms>> inboundSince(Instant since) {
        Optional<TwilioRestClient> client = clients.client();
        if (client.isEmpty()) {
            return Optional.empty();
        }
        TwilioSettings settings = clients.settings();
        MessageReader reader = Message.reader().setDateSentAfter(since.atZone(ZoneOffset.UTC)).setPageSize(PAGE_SIZE);
        boolean byService = settings.fromIsMessagingService();
        if (!byService && !settings.getFrom().isBlank()) {
            reader.setTo(settings.getFrom());
        }
        List<InboundSms> found = new ArrayList<>();
        for (Message m : reader.read(client.get())) {
            if (m.getDirection() != Message.Direction.INBOUND || m.getSid() == null) {
                continue;
            }
            if (byService && !settings.getFrom().equals(m.getMessagingServiceSid())) {
                continue;
            }
            Instant at = m.getDateSent() != null ? m.getDateSent().toInstant()
                    : m.getDateCreated() != null ? m.getDateCreated().toInstant() : null;
            if (at == null || at.isBefore(since)) {
                continue;
            }
            String from = m.getFrom() == null ? null : m.getFrom().getEndpoint();
            found.add(new InboundSms(m.getSid(), m.getAccountSid(), from, m.getTo(), m.getBody(), at));
        }
        found.sort(Comparator.comparing(InboundSms::receivedAt).thenComparing(InboundSms::messageSid));
        return Optional.of(found);
    }
}

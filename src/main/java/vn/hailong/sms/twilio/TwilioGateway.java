package vn.hailong.sms.twilio;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import jakarta.inject.Singleton;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.SmsGateway;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends through the Twilio SDK ({@link TwilioClients}: the configured account and base URL): from the configured
 * number, or the Messaging Service when {@code hailong.twilio.from} is an MG... SID, with the status callback on
 * this service's public address. A 4xx answer (other than 429) is a refusal; 5xx (after the SDK's own retries), 429
 * and connection failures are worth another attempt.
 */
@Singleton
class TwilioGateway implements SmsGateway {

    static final String STATUS_PATH = "/sms/twilio/status";
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d{8,15}");

    private final TwilioClients clients;
    private final TwilioWebhooks webhooks;

    TwilioGateway(TwilioClients clients, TwilioWebhooks webhooks) {
        this.clients = clients;
        this.webhooks = webhooks;
    }

    @Override
    public boolean available() {
        return clients.client().isPresent();
    }

    @Override
    public Accepted send(PhoneNumber to, String body) {
        TwilioRestClient client = clients.client().orElseThrow(() -> new Unavailable("NO_ACCOUNT", "no Twilio account"));
        TwilioSettings s = clients.settings();
        com.twilio.type.PhoneNumber number = new com.twilio.type.PhoneNumber(to.e164());
        MessageCreator creator = s.fromIsMessagingService() ? Message.creator(number, s.getFrom(), body)
                : Message.creator(number, new com.twilio.type.PhoneNumber(s.getFrom()), body);
        try {
            Message m = creator.setStatusCallback(URI.create(webhooks.publicUrl(STATUS_PATH))).create(client);
            return new Accepted(m.getSid(), m.getStatus() == null ? "queued" : m.getStatus().toString());
        } catch (ApiException e) {
            throw failure(e);
        } catch (ApiConnectionException e) {
            throw new Unavailable("NETWORK", masked(e.getMessage()));
        } catch (TwilioException e) {
            throw new Unavailable("TWILIO", masked(e.getMessage()));
        }
    }

    @Override
    public Optional<Accepted> findSent(PhoneNumber to, String body, Instant since,
                                       java.util.function.Predicate<String> recorded) {
        TwilioRestClient client = clients.client().orElseThrow(() -> new Unavailable("NO_ACCOUNT", "no Twilio account"));
        try {
            ResourceSet<Message> messages = Message.reader().setTo(new com.twilio.type.PhoneNumber(to.e164()))
                    .setDateSentAfter(since.minusSeconds(60).atZone(ZoneOffset.UTC)).setPageSize(50L).read(client);
            for (Message m : messages) {
                if (body.equals(m.getBody()) && m.getDirection() != Message.Direction.INBOUND
                        && !recorded.test(m.getSid())) {
                    return Optional.of(new Accepted(m.getSid(), m.getStatus() == null ? "sent" : m.getStatus().toString()));
                }
            }
            return Optional.empty();
        } catch (ApiException e) {
            throw new Unavailable(code(e), masked(e.getMessage()));
        } catch (TwilioException e) {
            throw new Unavailable("NETWORK", masked(e.getMessage()));
        }
    }

    private static RuntimeException failure(ApiException e) {
        Integer status = e.getStatusCode();
        if (status != null && status >= 400 && status < 500 && status != 429) {
            return new Refused(code(e), masked(e.getMessage()));
        }
        return new Unavailable(code(e), masked(e.getMessage()));
    }

    /** Twilio's messages name the number ("Invalid 'To' Phone Number: +84..."): it is stored and shown masked. */
    static String masked(String message) {
        return message == null ? null : NUMBER.matcher(message).replaceAll(m -> {
            String n = m.group();
            return n.length() <= 7 ? n : n.substring(0, 5) + "*".repeat(n.length() - 7) + n.substring(n.length() - 2);
        });
    }

    private static String code(ApiException e) {
        return e.getCode() != null ? String.valueOf(e.getCode())
                : e.getStatusCode() != null ? "HTTP " + e.getStatusCode() : "TWILIO";
    }
}

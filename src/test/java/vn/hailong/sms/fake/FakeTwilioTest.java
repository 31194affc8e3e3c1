package vn.hailong.sms.fake;

import com.sun.net.httpserver.HttpServer;
import com.twilio.base.Page;
import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.sms.twilio.TwilioClients;
import vn.hailong.sms.twilio.TwilioSettings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fake as the real SDK sees it: create, list with filters and paging, errors, and signed inbound posts. */
class FakeTwilioTest {

    FakeTwilio twilio;
    TwilioRestClient client;
    HttpServer service;
    final List<Map<String, String>> received = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        twilio = FakeTwilio.startOnFreePort();
        TwilioSettings settings = new TwilioSettings();
        twilio.properties().forEach((k, v) -> {
            switch (k.substring("hailong.twilio.".length())) {
                case "account-sid" -> settings.setAccountSid(v);
                case "auth-token" -> settings.setAuthToken(v);
                case "from" -> settings.setFrom(v);
                default -> settings.setApiBaseUrl(v);
            }
        });
        client = new TwilioClients(settings).client().orElseThrow();
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/sms/twilio/inbound", ex -> {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            String url = "http://127.0.0.1:" + service.getAddress().getPort() + "/sms/twilio/inbound";
            boolean valid = new RequestValidator(FakeTwilio.AUTH_TOKEN).validate(url, form,
                    ex.getRequestHeaders().getFirst("X-Twilio-Signature"));
            received.add(form);
            byte[] twiml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Cam on ong/ba &amp; hen gap lai"
                    + "</Message></Response>").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(valid ? 200 : 403, twiml.length);
            ex.getResponseBody().write(twiml);
            ex.close();
        });
        service.start();
        twilio.inboundUrl("http://127.0.0.1:" + service.getAddress().getPort() + "/sms/twilio/inbound");
    }

    @AfterEach
    void stop() {
        twilio.close();
        service.stop(0);
    }

    @Test
    void the_sdk_creates_and_lists_messages_with_filters_and_paging() {
        Instant before = Clock.systemUTC().instant().minusSeconds(5);
        for (int i = 0; i < 5; i++) {
            Message m = Message.creator(new com.twilio.type.PhoneNumber("+84912000001"),
                    new com.twilio.type.PhoneNumber(FakeTwilio.NUMBER), "Tin " + i).create(client);
            assertThat(m.getSid()).startsWith("SM");
            assertThat(m.getStatus()).isEqualTo(Message.Status.QUEUED);
            assertThat(m.getDateCreated()).isNotNull();
            assertThat(m.getPriceUnit().getCurrencyCode()).isEqualTo("USD");
        }
        Message.creator(new com.twilio.type.PhoneNumber("+84912000002"), "MG0000000000000000000000000000000a", "Khac")
                .create(client);

        Page<Message> first = Message.reader().setTo(new com.twilio.type.PhoneNumber("+84912000001"))
                .setDateSentAfter(before.atZone(ZoneOffset.UTC)).setPageSize(2L).firstPage(client);
        assertThat(first.getRecords()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        ResourceSet<Message> all = Message.reader().setTo(new com.twilio.type.PhoneNumber("+84912000001"))
                .setDateSentAfter(before.atZone(ZoneOffset.UTC)).setPageSize(2L).read(client);
        List<String> bodies = new ArrayList<>();
        all.forEach(m -> bodies.add(m.getBody()));
        assertThat(bodies).containsExactlyInAnyOrder("Tin 0", "Tin 1", "Tin 2", "Tin 3", "Tin 4");
        assertThat(Message.reader().setDateSentAfter(Clock.systemUTC().instant().plusSeconds(3600)
                .atZone(ZoneOffset.UTC)).read(client).iterator().hasNext()).isFalse();
    }

    @Test
    void an_invalid_number_and_scripted_failures_arrive_as_api_exceptions() {
        assertThatThrownBy(() -> Message.creator(new com.twilio.type.PhoneNumber("0912"),
                new com.twilio.type.PhoneNumber(FakeTwilio.NUMBER), "x").create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(21211);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
        twilio.failNext(1, 400, 21610, "Attempt to send to unsubscribed recipient");
        assertThatThrownBy(() -> Message.creator(new com.twilio.type.PhoneNumber("+84912000003"),
                new com.twilio.type.PhoneNumber(FakeTwilio.NUMBER), "x").create(client))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21610));
        TwilioSettings wrong = new TwilioSettings();
        wrong.setAccountSid(FakeTwilio.ACCOUNT_SID);
        wrong.setAuthToken("wrong");
        wrong.setApiBaseUrl(twilio.baseUrl());
        assertThatThrownBy(() -> Message.creator(new com.twilio.type.PhoneNumber("+84912000003"),
                new com.twilio.type.PhoneNumber(FakeTwilio.NUMBER), "x").create(new TwilioClients(wrong).client().orElseThrow()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    @Test
    void a_simulated_citizen_message_is_listed_posted_signed_and_its_twiml_reply_recorded_unless_delivery_is_off() {
        FakeMessage in = twilio.simulateInbound("+84912000004", "5 Can bo rat nhiet tinh");
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).containsEntry("From", "+84912000004").containsEntry("To", FakeTwilio.NUMBER)
                .containsEntry("Body", "5 Can bo rat nhiet tinh").containsEntry("MessageSid", in.sid());
        assertThat(twilio.sentTo("+84912000004")).extracting(FakeMessage::body).containsExactly("Cam on ong/ba & hen gap lai");

        twilio.deliverInbound(false);
        FakeMessage missed = twilio.simulateInbound("+84912000004", "PA Quay 2 vang nguoi");
        assertThat(received).hasSize(1);
        List<String> inbound = new ArrayList<>();
        Message.reader().setTo(new com.twilio.type.PhoneNumber(FakeTwilio.NUMBER)).read(client).forEach(m -> {
            assertThat(m.getDirection()).isEqualTo(Message.Direction.INBOUND);
            inbound.add(m.getSid());
        });
        assertThat(inbound).containsExactlyInAnyOrder(in.sid(), missed.sid());
    }
}

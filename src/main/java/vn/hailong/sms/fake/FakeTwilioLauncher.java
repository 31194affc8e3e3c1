package vn.hailong.sms.fake;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.sms.twilio.TwilioSettings;

import java.time.Clock;
import java.util.Optional;

/**
 * The quick start's Twilio ({@code hailong.twilio.fake.enabled: true} in application-quickstart.yml): unless a real
 * account is configured, starts a {@link FakeTwilio} on {@code hailong.twilio.fake.port} (0: any free port) and points
 * the Twilio settings at it before anything uses them, so the demo sends "SMS" offline through the real SDK path.
 * Simulated citizen replies go to this service's {@code /sms/twilio/inbound}; the admin page
 * {@code /quan-tri/tin-nhan/gia-lap} shows what it "sent".
 */
@Singleton
@Requires(property = "hailong.twilio.fake.enabled", value = "true")
public class FakeTwilioLauncher implements BeanCreatedEventListener<TwilioSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(FakeTwilioLauncher.class);

    private final int port;
    private final String publicBaseUrl;
    private final Clock clock;
    private final BeanProvider<TwilioSettings> settings;
    private volatile FakeTwilio fake;

    FakeTwilioLauncher(@Value("${hailong.twilio.fake.port:0}") int port,
                       @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl, Clock clock,
                       BeanProvider<TwilioSettings> settings) {
        this.port = port;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts the fake with the service (the settings are otherwise made only when the first SMS goes out). */
    @EventListener
    void onStartup(StartupEvent event) {
        settings.get();
    }

    @Override
    public TwilioSettings onCreated(BeanCreatedEvent<TwilioSettings> event) {
        TwilioSettings settings = event.getBean();
        if (settings.configured()) {
            LOG.info("A Twilio account is configured: the fake Twilio is not started");
            return settings;
        }
        // a fresh auth token per start: with the published test one, anyone who reaches a demo could sign webhooks
        byte[] secret = new byte[24];
        new java.security.SecureRandom().nextBytes(secret);
        FakeTwilio started = new FakeTwilio(FakeTwilio.ACCOUNT_SID, java.util.HexFormat.of().formatHex(secret),
                FakeTwilio.NUMBER, clock).start(port).autoDeliver(true)
                .inboundUrl(publicBaseUrl + "/sms/twilio/inbound");
        settings.setAccountSid(started.accountSid());
        settings.setAuthToken(started.authToken());
        settings.setFrom(started.number());
        settings.setApiBaseUrl(started.baseUrl());
        fake = started;
        LOG.info("SMS go to the fake Twilio at {} (demo only)", started.baseUrl());
        return settings;
    }

    /** The running fake, when this service started one. */
    public Optional<FakeTwilio> fake() {
        settings.get();
        return Optional.ofNullable(fake);
    }

    @PreDestroy
    void stop() {
        FakeTwilio f = fake;
        if (f != null) {
            f.close();
        }
    }
}

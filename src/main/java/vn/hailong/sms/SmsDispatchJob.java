package vn.hailong.sms;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs {@link SmsDispatcher} every {@code hailong.sms.dispatch-interval} (default 15 s) unless
 * {@code hailong.sms.dispatcher.enabled} is false (tests that drive the dispatcher themselves); safe on several
 * nodes (rows are claimed).
 */
@Singleton
@Requires(property = "hailong.sms.dispatcher.enabled", notEquals = "false")
class SmsDispatchJob {

    private final SmsDispatcher dispatcher;

    SmsDispatchJob(SmsDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${hailong.sms.dispatch-interval:15s}", initialDelay = "20s")
    void run() {
        dispatcher.dispatchDue();
    }
}

package vn.hailong.complaints;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Stores one complaint and publishes {@link ComplaintFiled} in the same transaction (one per attempt of intake). */
@Singleton
class ComplaintRecorder {

    private final ComplaintStore store;
    private final ApplicationEventPublisher<ComplaintFiled> events;

    ComplaintRecorder(ComplaintStore store, ApplicationEventPublisher<ComplaintFiled> events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    void record(ComplaintStore.NewComplaint complaint) {
        store.insert(complaint);
        events.publishEvent(ComplaintFiled.of(complaint));
    }
}

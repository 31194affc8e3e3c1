package vn.hailong.complaints;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.EventActor;

/**
 * Stores one complaint, starts its clocks with its filing event, and publishes {@link ComplaintFiled}, all in one
 * transaction (one per attempt of intake).
 */
@Singleton
class ComplaintRecorder {

    private final ComplaintStore store;
    private final ComplaintWorkflow workflow;
    private final ApplicationEventPublisher<ComplaintFiled> events;

    ComplaintRecorder(ComplaintStore store, ComplaintWorkflow workflow, ApplicationEventPublisher<ComplaintFiled> events) {
        this.store = store;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional
    ComplaintCase record(ComplaintStore.NewComplaint complaint, EventActor by) {
        store.insert(complaint);
        ComplaintCase opened = workflow.open(complaint.id(), by, null);
        events.publishEvent(ComplaintFiled.of(complaint, opened.dueAt()));
        return opened;
    }
}

package vn.hailong.complaints;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.EventActor;

/**
 * Stores one complaint with its attachments, starts its clocks with its filing event, and publishes {@link ComplaintFiled}, all in one
 * transaction (one per attempt of intake).
 */
@Singleton
class ComplaintRecorder {

    private final ComplaintStore store;
    private final ComplaintWorkflow workflow;
    private final ApplicationEventPublisher<ComplaintFiled> events;
    private final AttachmentStore attachments;

    ComplaintRecorder(ComplaintStore store, ComplaintWorkflow workflow, ApplicationEventPublisher<ComplaintFiled> events,
                      AttachmentStore attachments) {
        this.attachments = attachments;
        this.store = store;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional
    ComplaintCase record(ComplaintStore.NewComplaint complaint, EventActor by, java.util.List<ComplaintAttachment> files) {
        store.insert(complaint);
        if (!files.isEmpty()) {
            attachments.insert(complaint.id(), files, complaint.receivedAt());
        }
        ComplaintCase opened = workflow.open(complaint.id(), by, null);
        events.publishEvent(ComplaintFiled.of(complaint, opened.dueAt()));
        return opened;
    }
}
